package org.inviteaudit.cli;

import java.nio.file.Path;
import org.inviteaudit.classify.Classifier;
import org.inviteaudit.classify.UserPhrases;
import org.inviteaudit.classify.WordingDataException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/** {@code --phrases FILE}, shared by the audit and {@code check} so that both judge with the same phrases. */
final class PhrasesOption {

    private final Given<UserPhrases> phrases;

    /** Adds the option to the command. */
    PhrasesOption(CommandSpec spec) {
        phrases = CommandOptions.add(spec, UserPhrases.class, OptionSpec.builder("--phrases").paramLabel("FILE")
                .converters(new PhrasesConverter())
                .description("Your own phrases to count as boilerplate, one a line (# starts a comment); a line "
                        + "starting with 'stock:' counts as LinkedIn's stock text instead."));
    }

    /** The classifier, with the user's phrases when given. */
    Classifier classifier() {
        Classifier builtIn = new Classifier();
        UserPhrases given = phrases.value();
        return given == null ? builtIn : builtIn.withUserPhrases(given);
    }

    /** Loads the file while the options are read, so that a bad one is a usage error naming the file and line. */
    static final class PhrasesConverter implements ITypeConverter<UserPhrases> {

        @Override
        public UserPhrases convert(String value) {
            try {
                return UserPhrases.load(Path.of(value));
            } catch (WordingDataException | java.nio.file.InvalidPathException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
