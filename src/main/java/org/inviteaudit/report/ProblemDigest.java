package org.inviteaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inviteaudit.io.Counts;
import org.inviteaudit.io.Shortened;
import org.inviteaudit.reader.Problem;

/**
 * Problems as a person reads them: the first few of each kind in each file, each with its line, then one line per
 * kind with how many more there were. One real export had 5,498 unreadable dates, a line each, which buried the rest
 * of what was said; machine-read output (JSON's problems) still lists every one.
 *
 * <p>A kind is a problem's message with its quoted values and its numbers set aside: "unreadable Sent At '…'" is
 * one kind whatever the value.
 */
public final class ProblemDigest {

    /** How many of a kind, in one file, are told one by one. */
    public static final int SHOWN_PER_KIND = 5;
    private static final int EXAMPLE_MAX = 60;

    /** The problems of one kind in one file past those shown: the first, how many, from which line to which. */
    private static final class Unshown {
        final String example;
        long count;
        long firstLine;
        long lastLine;

        Unshown(Problem problem) {
            this.example = problem.message();
            this.firstLine = problem.line();
        }
    }

    private final Map<String, Integer> shown = new HashMap<>();
    private final Map<String, Unshown> unshown = new LinkedHashMap<>();

    /** Whether to tell this problem one by one; if not, it is counted for {@link #summaries}. */
    public boolean show(Problem problem) {
        String key = problem.source() + '\u0000' + kindOf(problem.message());
        int before = shown.merge(key, 1, Integer::sum) - 1;
        if (before < SHOWN_PER_KIND) {
            return true;
        }
        Unshown rest = unshown.computeIfAbsent(key, k -> new Unshown(problem));
        rest.count++;
        rest.lastLine = problem.line();
        return false;
    }

    /** One line for each kind of which some were not told, in the order the first of them came. */
    public List<String> summaries() {
        List<String> lines = new ArrayList<>();
        unshown.forEach((key, rest) -> lines.add(key.substring(0, key.indexOf('\u0000')) + ": "
                + Counts.of(rest.count) + " more problem" + (rest.count == 1 ? "" : "s") + " like \""
                + Shortened.to(rest.example, EXAMPLE_MAX) + "\" not shown, on lines " + Counts.of(rest.firstLine) + " to "
                + Counts.of(rest.lastLine) + "; --format json lists every problem"));
        return lines;
    }

    /** The message with each quoted value as '…' and each number as #: what problems of one kind share. */
    static String kindOf(String message) {
        StringBuilder kind = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\'' && message.indexOf('\'', i + 1) > 0) {
                int close = message.indexOf('\'', i + 1);
                kind.append("'…'");
                i = close;
            } else if (Character.isDigit(c)) {
                kind.append('#');
                while (i + 1 < message.length() && (Character.isDigit(message.charAt(i + 1))
                        || message.charAt(i + 1) == ',' && i + 2 < message.length()
                        && Character.isDigit(message.charAt(i + 2)))) {
                    i++;
                }
            } else {
                kind.append(c);
            }
        }
        return kind.toString();
    }
}
