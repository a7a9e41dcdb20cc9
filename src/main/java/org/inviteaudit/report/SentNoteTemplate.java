package org.inviteaudit.report;

import org.inviteaudit.reader.Invitation;

/**
 * A sent note as the template it was written from, so that one template sent to many is one group of the sent-notes
 * table: the recipient's names as {@code {name}}, the sender's as {@code {me}}, spaces single, and a run of one mark
 * one mark ("Hi {name} {name}" is "Hi {name}": a name of two or three words is still one name).
 */
final class SentNoteTemplate {

    static final String NAME = "{name}";
    static final String ME = "{me}";

    private SentNoteTemplate() {
    }

    static String of(Invitation invitation) {
        String masked = Redaction.replaceNames(Redaction.replaceNames(invitation.message(), name -> NAME,
                invitation.to()), name -> ME, invitation.from());
        return withoutMarkRuns(singleSpaced(masked));
    }

    /** Each run of ASCII white space one space, and none at either end. */
    static String singleSpaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString().strip();
    }

    /** A mark and the same mark again after a space or a hyphen, as many times as it comes, is the mark once. */
    static String withoutMarkRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String mark = text.startsWith(NAME, i) ? NAME : text.startsWith(ME, i) ? ME : null;
            if (mark == null) {
                out.append(text.charAt(i++));
                continue;
            }
            out.append(mark);
            i += mark.length();
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')
                    && text.startsWith(mark, i + 1)) {
                i += 1 + mark.length();
            }
        }
        return out.toString();
    }
}
