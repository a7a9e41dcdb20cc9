package org.inviteaudit.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.inviteaudit.classify.Verdict;

/** Reads a verdict by its id, for {@code --only} and {@code --fail-on}. */
final class VerdictConverter extends IdConverter<Verdict> {

    VerdictConverter() {
        super("a verdict", byId(Verdict.values(), Verdict::id), Verdict.values().length);
    }

    /** The verdicts {@code --fail-on} takes: failing on personalized invitations would fail every good audit. */
    static final class Offenders implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Verdict.values()).filter(Verdict::isOffender).map(Verdict::id).iterator();
        }
    }
}
