package org.inviteaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inviteaudit.check.DraftAdvice;
import org.inviteaudit.check.DraftAdvisor;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.render.AdviceFormat;
import org.inviteaudit.render.RenderOptions;
import org.inviteaudit.source.DecodingFault;
import org.inviteaudit.source.Sources;
import org.inviteaudit.source.TextDecoding;
import org.inviteaudit.source.UnusableInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code invite-audit check}: judges a draft note before it is sent, with the audit's classifier. */
final class CheckCommand implements Callable<Integer> {

    private final CommandSpec spec;
    private final Given<String> to;
    private final Given<AdviceFormat> format;
    private final PhrasesOption phrases;
    private final Given<List<String>> words;
    private final InputStream stdin;
    private final Environment environment;

    CheckCommand(InputStream stdin, Environment environment) {
        this.stdin = stdin;
        this.environment = environment;
        spec = CommandSpec.wrapWithoutInspection(this).name("check").versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).autoWidth(true)
                .description("Judges a draft invitation note before you send it: its verdict, its reasons, and hints "
                        + "drawn from what a personal note does.", "Works offline: the draft is sent nowhere.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.described(
                        "0", "the draft is personalized",
                        "1", "the draft is default or generic, or longer than LinkedIn's 300 characters",
                        "2", "usage error: an unknown option, a bad value, or an empty draft",
                        "3", "the draft cannot be read from standard input (closed, say)",
                        "70", "internal error in invite-audit (please report it)",
                        "74", "standard output or standard error was closed when it started (it exits at once, "
                                + "saying nothing)"))
                .footerHeading("%nExamples:%n")
                .footer("  invite-audit check \"Hi, I'd like to add you to my network\"",
                        "      default: say why you write to them",
                        "  invite-audit check --to \"Ada Byron\" \"Hi Ada, we met at the Porto meetup on Tuesday\"",
                        "      personalized, with the reasons",
                        "  pbpaste | invite-audit check --format json -",
                        "      a draft from the clipboard, for a script");
        to = CommandOptions.add(spec, String.class, OptionSpec.builder("--to").paramLabel("NAME")
                .description("Who the note is for; check then looks for a greeting by name."));
        format = CommandOptions.add(spec, AdviceFormat.class, OptionSpec.builder("--format").paramLabel("FORMAT")
                .converters(new AdviceFormatConverter()).completionCandidates(new AdviceFormatConverter())
                .defaultValue("text").description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));
        phrases = new PhrasesOption(spec);
        words = CommandOptions.addWords(spec, PositionalParamSpec.builder().paramLabel("TEXT").arity("1..*")
                .required(true).description("The draft (quote it, or its words are joined with spaces); - reads it "
                        + "from standard input."));
        CommandOptions.addHelp(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String draft;
        try {
            draft = draft();
        } catch (UnusableInputException e) {
            InviteAudit.message(spec.commandLine().getErr(), e.getMessage());
            return ExitCode.INPUT;
        }
        if (draft.isBlank()) {
            String empty = List.of(Sources.STDIN_ARGUMENT).equals(words.value())
                    ? "check: nothing to check: standard input held no draft; pipe the note's text to it"
                    : "check: nothing to check: the draft is empty; give the note as TEXT, or pipe it to "
                            + "'invite-audit check -'";
            InviteAudit.message(spec.commandLine().getErr(), empty);
            return ExitCode.USAGE;
        }
        // Not Optional.filter with a lambda: check links none (docs/code.md).
        Optional<String> recipient = to.value() == null || to.value().isBlank() ? Optional.empty()
                : Optional.of(to.value());
        DraftAdvice advice = new DraftAdvisor(phrases.classifier()).advise(draft, recipient);
        AdviceFormat as = format.value();
        // JSON takes no width: the terminal is asked only for the text.
        as.write(advice, out, as == AdviceFormat.TEXT ? environment.textWidth() : RenderOptions.MIN_WIDTH);
        out.flush();
        // A note LinkedIn will not take cannot be sent, however personal.
        boolean sendable = advice.length() <= DraftAdvisor.NOTE_LIMIT;
        return advice.verdict() == Verdict.PERSONALIZED && sendable ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private String draft() throws UnusableInputException {
        List<String> given = words.value();
        if (!List.of(Sources.STDIN_ARGUMENT).equals(given)) {
            return String.join(" ", given);
        }
        try (Reader text = TextDecoding.open(stdin, Sources.STDIN_NAME, new DraftFaults(spec.commandLine().getErr()))) {
            StringWriter draft = new StringWriter();
            text.transferTo(draft);
            return draft.toString();
        } catch (IOException e) {
            throw new UnusableInputException(Sources.STDIN_NAME + ": the draft could not be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Says on stderr what is wrong with the draft's bytes. A class, not a lambda: {@code check} links none
     * (docs/code.md).
     */
    private static final class DraftFaults implements DecodingFault.Listener {
        private final PrintWriter err;

        DraftFaults(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void at(long line, DecodingFault fault) {
            InviteAudit.message(err, Sources.STDIN_NAME + ": " + fault.of("the draft"));
        }
    }
}
