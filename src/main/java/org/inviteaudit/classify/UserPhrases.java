package org.inviteaudit.classify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.io.Sizes;

/**
 * A user's own phrases, from a plain text file: one per line, blank lines and lines starting with {@code #} ignored.
 * A line is boilerplate (a note made of it is generic) unless it starts with {@code stock:}, which files it with
 * LinkedIn's own stock texts (a note made of it is default).
 */
public final class UserPhrases {

    public static final String STOCK_PREFIX = "stock:";
    // A phrases file is a list a person keeps by hand; anything larger is the wrong file.
    static final long MAX_BYTES = 1L << 20;
    private static final String LANGUAGE = "user";

    private final List<Phrase> stockTexts;
    private final List<Phrase> boilerplate;

    private UserPhrases(List<Phrase> stockTexts, List<Phrase> boilerplate) {
        this.stockTexts = List.copyOf(stockTexts);
        this.boilerplate = List.copyOf(boilerplate);
    }

    /**
     * @throws WordingDataException naming the file, and the line when one is at fault
     */
    public static UserPhrases load(Path file) {
        String text;
        String what = "; give a text file with one phrase a line";
        if (Files.isDirectory(file)) {
            throw new WordingDataException(file + ": is a folder" + what);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new WordingDataException(file + ": larger than " + Sizes.describe(MAX_BYTES)
                        + "; a phrases file holds one phrase a line");
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new WordingDataException(file + ": not UTF-8 text; save it as UTF-8", e);
        } catch (NoSuchFileException e) {
            throw new WordingDataException(file + ": no such file" + what, e);
        } catch (AccessDeniedException e) {
            throw new WordingDataException(file + ": cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new WordingDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Phrase> stockTexts = new ArrayList<>();
        List<Phrase> boilerplate = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean stock = line.regionMatches(true, 0, STOCK_PREFIX, 0, STOCK_PREFIX.length());
            String phrase = stock ? line.substring(STOCK_PREFIX.length()).strip() : line;
            List<String> words = Words.folded(phrase);
            if (words.isEmpty()) {
                throw new WordingDataException(file + ": line " + (i + 1) + ": has no words: '" + line
                        + "'; write one phrase a line, or start the line with # for a comment");
            }
            (stock ? stockTexts : boilerplate).add(new Phrase(LANGUAGE, phrase, words));
        }
        return new UserPhrases(stockTexts, boilerplate);
    }

    List<Phrase> stockTexts() {
        return stockTexts;
    }

    List<Phrase> boilerplate() {
        return boilerplate;
    }
}
