package org.inviteaudit.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The folded words of a person's name as the export gives it: a display name or an e-mail address. */
public final class NameWords {

    // Words around a name that are not what anyone calls the person ("Dana Whitfield, PhD", "Lieber Herr Kühn").
    static final Set<String> TITLES = Set.of(
            "dr", "mr", "mrs", "ms", "mx", "prof", "phd", "mba", "md", "jr", "sr", "ii", "iii", "cpa", "pmp", "msc",
            "herr", "frau", "monsieur", "madame", "mme", "mlle", "señor", "señora", "sra", "senhor", "senhora", "dra", "eng",
            "signor", "signora", "sig", "dott", "dottor", "dottoressa", "ing", "meneer", "mevrouw", "dhr", "mevr",
            "pan", "pani", "panie", "sayin", "bapak", "pak", "ibu");

    // The owner's name is on every record and senders recur: a small cache spares the per-record work. Each name has
    // one slot, by its hash, which a later name may take: no lock and no order to keep, where a synchronized LRU map
    // had every classifying thread queue for it and thrashed on an export of a million different senders.
    private static final int CACHE_BITS = 11;
    private static final AtomicReferenceArray<Cached> CACHE = new AtomicReferenceArray<>(1 << CACHE_BITS);
    private static final String ADDRESS_SEPARATORS = "._+-";

    private record Cached(String name, List<String> words) {
    }

    // Written straight after the name, with no space: "Lenaさん", "Lena님".
    private static final List<String> HONORIFICS = List.of("さん", "さま", "様", "くん", "ちゃん", "님", "씨");

    private NameWords() {
    }

    /** The word without the Japanese or Korean honorific it ends with, if it ends with one. */
    static String withoutHonorific(String folded) {
        for (String honorific : HONORIFICS) {
            if (folded.endsWith(honorific) && folded.length() > honorific.length()) {
                return folded.substring(0, folded.length() - honorific.length());
            }
        }
        return folded;
    }

    /** The word without its accents: "nicolás" is "nicolas", "zoë" is "zoe". */
    static String withoutAccents(String folded) {
        if (isAscii(folded)) {
            return folded;
        }
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    // Loops, not streams: every name of every invitation passes here.
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasALetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The name's words, the first name first; empty when nothing in it looks like a name. */
    static List<String> of(String name) {
        int slot = (name.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - CACHE_BITS);
        Cached cached = CACHE.get(slot);
        if (cached != null && cached.name().equals(name)) {
            return cached.words();
        }
        List<String> words = List.copyOf(split(name));
        CACHE.set(slot, new Cached(name, words));
        return words;
    }

    /**
     * The name an address-book contact stands for: "noor.haddad@example.com" is most likely Noor Haddad, so its
     * local part with dots, underscores, pluses and hyphens as spaces; any other name as it is.
     */
    public static String ofAddress(String name) {
        int at = name.indexOf('@');
        if (at <= 0) {
            return name;
        }
        StringBuilder words = new StringBuilder(at);
        boolean separated = false;
        for (int i = 0; i < at; i++) {
            char c = name.charAt(i);
            boolean separator = ADDRESS_SEPARATORS.indexOf(c) >= 0;
            if (!separator) {
                words.append(c);
            } else if (!separated) {
                words.append(' '); // a run of them is one space
            }
            separated = separator;
        }
        return words.toString();
    }

    private static List<String> split(String name) {
        String text = ofAddress(name);
        List<String> words = new ArrayList<>();
        for (Word word : Words.of(TextNormalizer.normalize(text))) {
            String folded = word.folded();
            // Words hold no dots and come folded, so a title compares as it is.
            if (!TITLES.contains(folded) && hasALetter(folded)) {
                words.add(folded);
            }
        }
        return List.copyOf(words);
    }
}
