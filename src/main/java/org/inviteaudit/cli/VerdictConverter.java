package org.inviteaudit.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.inviteaudit.classify.Verdict;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a verdict by its id, for {@code --only} and {@code --fail-on}. */
final class VerdictConverter implements ITypeConverter<Verdict> {

    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Verdict.values()).map(Verdict::id).iterator();
        }
    }

    /** The verdicts {@code --fail-on} takes: failing on personalized would fail every audit. */
    static final class OffenderCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Verdict.values()).filter(Verdict::isOffender).map(Verdict::id).iterator();
        }
    }

    @Override
    public Verdict convert(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (Verdict verdict : Verdict.values()) {
            if (verdict.id().equals(wanted)) {
                return verdict;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a verdict; use default, generic or personalized");
    }
}
