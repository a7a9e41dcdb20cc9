package org.inviteaudit.reader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The export's connections, as far as telling whether a sent invitation was accepted needs them: the recipient is
 * now a connection. By profile URL where both files have one (compared without scheme, {@code www.}, trailing slash
 * or letter case), by name otherwise; two connections of the same name make that name ambiguous, and an ambiguous
 * match is never guessed. Some thirty thousand connections at most, LinkedIn's limit, are held.
 */
public final class Connections {

    /** Whether a sent invitation's recipient is now a connection, as far as the export can tell. */
    public enum Acceptance {
        ACCEPTED, NOT_ACCEPTED,
        /** Two or more connections have the recipient's name, and no profile URL tells them apart. */
        AMBIGUOUS,
        /** A received invitation, or no Connections.csv to tell by. */
        UNKNOWN
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> urls = new HashSet<>();
    private final Map<String, Integer> names = new HashMap<>();
    private int size;

    /**
     * Adds a connection by its whole name ("Ada Byron"); a URL that names no profile (blank, in an export from before
     * mid-2023) leaves it known by name alone, and a blank name by URL alone.
     */
    public void add(String name, String url) {
        if (namesAProfile(url)) {
            urls.add(normalUrl(url));
        }
        if (!name.isBlank()) {
            names.merge(normalName(name), 1, Integer::sum);
        }
        size++;
    }

    /**
     * Adds the other's connections to these: two exports of one account, which share most of them. A name counts as
     * many times as it does in the export where it is most often, not in both together: the same person twice is not
     * two people of one name.
     */
    public Connections with(Connections other) {
        urls.addAll(other.urls);
        other.names.forEach((name, count) -> names.merge(name, count, Math::max));
        size += other.size;
        return this;
    }

    /** How many connections were added, in all the exports merged. */
    public int size() {
        return size;
    }

    /** Whether this sent invitation's recipient is now a connection. */
    public Acceptance of(Invitation invitation) {
        if (invitation.direction() != Direction.SENT) {
            return Acceptance.UNKNOWN;
        }
        if (namesAProfile(invitation.inviteeProfileUrl()) && !urls.isEmpty()) {
            return urls.contains(normalUrl(invitation.inviteeProfileUrl())) ? Acceptance.ACCEPTED
                    : Acceptance.NOT_ACCEPTED;
        }
        if (names.isEmpty()) {
            return Acceptance.UNKNOWN; // a Connections.csv of URLs alone, and no URL of the invitee's to look up
        }
        int sameName = names.getOrDefault(normalName(invitation.to()), 0);
        return sameName == 0 ? Acceptance.NOT_ACCEPTED : sameName == 1 ? Acceptance.ACCEPTED : Acceptance.AMBIGUOUS;
    }

    /**
     * Whether a URL names someone: some exports of late 2023 give "https://www.linkedin.com/in", with nothing after
     * it, for every invitee, which would make them all one person, and none of them a connection.
     */
    static boolean namesAProfile(String url) {
        String normal = normalUrl(url);
        int slash = normal.indexOf('/');
        if (slash < 0) {
            return false; // blank, or a site alone
        }
        String path = normal.substring(slash + 1);
        return !path.isEmpty() && !path.equals("in") && !path.equals("pub");
    }

    /** "HTTPS://www.LinkedIn.com/in/Ada-Byron/" and "linkedin.com/in/ada-byron" are one profile. */
    static String normalUrl(String url) {
        String normal = url.strip().toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"https://", "http://"}) {
            if (normal.startsWith(scheme)) {
                normal = normal.substring(scheme.length());
            }
        }
        if (normal.startsWith("www.")) {
            normal = normal.substring("www.".length());
        }
        while (normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal;
    }

    private static String normalName(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
