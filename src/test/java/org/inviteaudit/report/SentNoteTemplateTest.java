package org.inviteaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sent note's template, as the sent-notes table groups notes by it, written without regular expressions. */
class SentNoteTemplateTest {

    // What the table did with regular expressions; the code must do the same.
    private static final Pattern MARK_RUNS = Pattern.compile("(\\{name\\}|\\{me\\})(?:[ -]\\1)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "Hi {name} {name} {name}, great to meet you - {me} {me} => Hi {name}, great to meet you - {me}",
        "Hi {name}-{name} => Hi {name}",
        "{name} {me} {name} => {name} {me} {name}",
        "{name}  {name} => {name}  {name}",
        "{nam {name} => {nam {name}",
    })
    void aRunOfOneMarkIsTheMarkOnce(String text, String expected) {
        assertThat(SentNoteTemplate.withoutMarkRuns(text)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void doesWhatTheRegularExpressionsDid(@ForAll("templateTexts") String text) {
        String spaced = SentNoteTemplate.singleSpaced(text);
        assertThat(spaced).isEqualTo(SPACES.matcher(text).replaceAll(" ").strip());
        assertThat(SentNoteTemplate.withoutMarkRuns(spaced)).isEqualTo(MARK_RUNS.matcher(spaced).replaceAll("$1"));
    }

    @Provide
    Arbitrary<String> templateTexts() {
        return Arbitraries.of(List.of("{name}", "{me}", "{name", "me}", " ", "  ", "-", "a", "\t", "\n", "\u00A0",
                "\u2003", ",")).list().ofMaxSize(10).map(parts -> String.join("", parts));
    }
}
