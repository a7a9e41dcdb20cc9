package org.inviteaudit.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.report.ClassifiedInvitation;

/**
 * How the text report lays out its listed invitations at a width: a table, a row each, whose note column takes what
 * the others leave; or, where that would leave a note too little room, a block each (the date and the other person,
 * then the reasons, then the note wrapped on lines of its own). The name and reason columns are as wide as their
 * widest entry, up to a share of the width; the score shows from 120 columns on. A row gives a personalized note's
 * deciding reason; a block, or a row of unlimited width, all of them.
 */
final class ListingLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final int DATE_WIDTH = 10;
    private static final int SCORE_WIDTH = 5;
    private static final int GAP = 2;
    private static final String INDENT = "  ";
    // A note cut shorter than this says too little: a block then gives it lines of its own.
    private static final int MIN_NOTE_WIDTH = 20;
    private static final int SCORE_FROM_WIDTH = 120;
    private static final int BLOCK_NOTE_LINES = 3;
    private static final int MOST_NAME_WIDTH = 30;
    private static final int MOST_REASON_WIDTH = 28;
    // The words a note opens with to greet, in the languages of most notes: the listing's concern, not a verdict's.
    private static final Set<String> GREETING_WORDS = Set.of("hi", "hello", "hey", "dear", "greetings", "hallo",
            "bonjour", "salut", "hola", "ciao", "olá", "ola", "oi", "hej", "hei", "moin", "servus", "good", "howdy");
    private static final int GREETING_MAX_WORDS = 4;
    private static final int GREETING_MAX_CHARS = 30;
    // A greeting's chars at two columns each (CJK), its mark, and a space on either side of the mark.
    private static final int GREETING_MAX_COLUMNS = 2 * GREETING_MAX_CHARS + 3;
    private static final String MERGE_FIELD_MARKS = "{}[]%<>|*$()";

    private final int width;
    private final Optional<Direction> onlyDirection;
    private final boolean blocks;
    private final boolean score;
    private final int whoWidth;
    private final int whyWidth;
    private final int noteWidth;

    private ListingLayout(int width, Optional<Direction> onlyDirection, boolean blocks, boolean score, int whoWidth,
            int whyWidth, int noteWidth) {
        this.width = width;
        this.onlyDirection = onlyDirection;
        this.blocks = blocks;
        this.score = score;
        this.whoWidth = whoWidth;
        this.whyWidth = whyWidth;
        this.noteWidth = noteWidth;
    }

    /**
     * The layout for these invitations at this width ({@link RenderOptions#UNLIMITED}: nothing cut).
     *
     * @param onlyDirection the one direction in scope, if one is: then "from" and "to" go without saying
     */
    static ListingLayout fit(int width, Optional<Direction> onlyDirection,
            Iterable<Iterable<ClassifiedInvitation>> groups) {
        Widest widest = new Widest(width);
        for (Iterable<ClassifiedInvitation> group : groups) {
            group.forEach(widest::add);
        }
        return fit(width, onlyDirection, widest);
    }

    /** The layout at this width for the invitations that {@code widest} was told of. */
    static ListingLayout fit(int width, Optional<Direction> onlyDirection, Widest widest) {
        boolean whole = width == RenderOptions.UNLIMITED;
        int mostWho = whole ? Integer.MAX_VALUE : Math.min(MOST_NAME_WIDTH, width / 4);
        int mostWhy = whole ? Integer.MAX_VALUE : Math.min(MOST_REASON_WIDTH, width / 5);
        int widestWho = Math.max(TerminalText.width(whoHeading(onlyDirection)), widest.who(onlyDirection));
        int widestWhy = Math.max(TerminalText.width("why"), widest.why);
        if (whole) {
            return new ListingLayout(width, onlyDirection, false, true, widestWho, widestWhy, RenderOptions.UNLIMITED);
        }
        boolean score = width >= SCORE_FROM_WIDTH;
        int who = Math.min(widestWho, mostWho);
        int why = Math.min(widestWhy, mostWhy);
        int note = width - INDENT.length() - DATE_WIDTH - GAP - who - GAP - (score ? SCORE_WIDTH + GAP : 0) - why - GAP;
        return new ListingLayout(width, onlyDirection, note < MIN_NOTE_WIDTH, score, who, why, note);
    }

    /**
     * The widest entries of the name and reason columns among the invitations it is told of, at a width: what a
     * layout is fitted to. It can be told of them one at a time as they are read, before the direction in scope is
     * known to the renderer, so it keeps the widest name both with its direction ("from …", "to …") and without.
     */
    static final class Widest {
        private final boolean whole;
        private int whoWithDirection;
        private int whoAlone;
        private int why;

        Widest(int width) {
            this.whole = width == RenderOptions.UNLIMITED;
        }

        void add(ClassifiedInvitation classified) {
            whoWithDirection = Math.max(whoWithDirection, TerminalText.width(ListingLayout.who(classified, true)));
            whoAlone = Math.max(whoAlone, TerminalText.width(ListingLayout.who(classified, false)));
            why = Math.max(why, TerminalText.width(ListingLayout.why(classified, whole)));
        }

        private int who(Optional<Direction> onlyDirection) {
            return onlyDirection.isPresent() ? whoAlone : whoWithDirection;
        }
    }

    /** The line above the rows, or nothing when each invitation is a block. */
    List<String> heading() {
        if (blocks) {
            return List.of();
        }
        return List.of((INDENT + TerminalText.column("date", DATE_WIDTH)
                + " ".repeat(GAP) + TerminalText.column(whoHeading(onlyDirection), whoWidth)
                + (score ? " ".repeat(GAP) + "score" : "")
                + " ".repeat(GAP) + TerminalText.column("why", whyWidth)
                + " ".repeat(GAP) + "note").stripTrailing());
    }

    /** One invitation's lines: a row, or a block followed by an empty line. */
    List<String> lines(ClassifiedInvitation classified) {
        String date = date(classified.invitation());
        if (blocks) {
            List<String> block = new ArrayList<>();
            block.add(INDENT + date + " ".repeat(GAP)
                    + TerminalText.excerpt(who(classified, onlyDirection), width - INDENT.length() - DATE_WIDTH - GAP));
            String reasons = why(classified, true) + (classified.score() > 0 ? ", score " + classified.score() : "");
            block.add(INDENT + INDENT + TerminalText.excerpt(reasons, width - 2 * INDENT.length()));
            if (!classified.reasons().contains(Reason.NO_NOTE)) {
                for (String line : TerminalText.wrap(quoted(classified), width - 2 * INDENT.length(),
                        BLOCK_NOTE_LINES)) {
                    block.add(INDENT + INDENT + line);
                }
            }
            block.add("");
            return block;
        }
        String note = classified.reasons().contains(Reason.NO_NOTE) ? ""
                : noteWidth == RenderOptions.UNLIMITED ? quoted(classified)
                : "\"" + TerminalText.excerptOfLine(gist(classified.invitation().message(), noteWidth - 2),
                        noteWidth - 2)
                        + "\"";
        return List.of((INDENT + date
                + " ".repeat(GAP) + TerminalText.column(who(classified, onlyDirection), whoWidth)
                + (score ? " ".repeat(GAP) + String.format(Locale.ROOT, "%" + SCORE_WIDTH + "d", classified.score())
                        : "")
                + " ".repeat(GAP) + TerminalText.column(why(classified, noteWidth == RenderOptions.UNLIMITED), whyWidth)
                + " ".repeat(GAP) + note).stripTrailing());
    }

    /** Whether each invitation is a block, which ends with an empty line of its own. */
    boolean inBlocks() {
        return blocks;
    }

    private static String date(Invitation invitation) {
        if (invitation.sentAt() != null) {
            return DATE.format(invitation.sentAt());
        }
        return TerminalText.column(invitation.sentAtRaw().isBlank() ? "no date" : invitation.sentAtRaw(), DATE_WIDTH);
    }

    private static String whoHeading(Optional<Direction> onlyDirection) {
        return onlyDirection.map(direction -> direction == Direction.RECEIVED ? "from" : "to").orElse("from / to");
    }

    private static String who(ClassifiedInvitation classified, Optional<Direction> onlyDirection) {
        return who(classified, onlyDirection.isEmpty());
    }

    /** The other person, after "from" or "to" when both directions are in scope ({@code sayDirection}). */
    private static String who(ClassifiedInvitation classified, boolean sayDirection) {
        Invitation invitation = classified.invitation();
        String prefix = !sayDirection ? "" : invitation.direction() == Direction.RECEIVED ? "from " : "to ";
        return TerminalText.oneLine(prefix + invitation.otherParty());
    }

    /**
     * An offender's most telling reason; a personalized note's deciding one (its evidence, or its own words), or all
     * of its signals where there is room for them.
     */
    private static String why(ClassifiedInvitation classified, boolean all) {
        if (classified.verdict().isOffender() || !all) {
            return ReportWords.reason(classified.headlineReason());
        }
        return classified.reasons().stream().map(ReportWords::reason).collect(Collectors.joining(", "));
    }

    /**
     * The note as a narrow column shows it: when it does not fit, its greeting ("Hi Mirela, ") gives way to what
     * follows, marked by an ellipsis, since the greeting tells nothing of the note and had taken most of the column.
     * A greeting is an opening word of the list, then at most three words up to a comma, "!" or ":", and no merge field.
     * Of a long note, only the start that an excerpt of the columns shows is returned.
     */
    static String gist(String message, int columns) {
        // Enough of the line for the longest greeting and more than the columns after it: what is shown is then
        // what the whole line would show.
        return gistOfLine(TerminalText.oneLineStart(message, (int) Math.min(Integer.MAX_VALUE,
                (long) columns + GREETING_MAX_COLUMNS)), columns);
    }

    /** {@link #gist} of a note already made one line, or of the start of one, as much as gist reads. */
    static String gistOfLine(String line, int columns) {
        if (TerminalText.width(line) <= columns) {
            return line;
        }
        int end = -1;
        for (int i = 0; i < Math.min(line.length(), GREETING_MAX_CHARS); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '!' || c == ':') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return line;
        }
        String greeting = line.substring(0, end).strip();
        String[] words = greeting.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        String rest = line.substring(end + 1).strip();
        // "Hi {FIRST_NAME}," is what makes such a note generic: a greeting with a merge field in it stays.
        boolean mergeField = greeting.chars().anyMatch(c -> MERGE_FIELD_MARKS.indexOf(c) >= 0);
        return GREETING_WORDS.contains(first) && words.length <= GREETING_MAX_WORDS && !rest.isEmpty() && !mergeField
                ? TerminalText.ELLIPSIS + rest : line;
    }

    private static String quoted(ClassifiedInvitation classified) {
        return "\"" + TerminalText.oneLine(classified.invitation().message()) + "\"";
    }
}
