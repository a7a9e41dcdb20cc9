package org.inviteaudit.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Run by the build (not shipped): writes, from the command line the tool itself runs, the shell completion for bash
 * and zsh and the manual pages in AsciiDoc, which the build then turns into troff. Nothing here is written by hand, so
 * an option added to the tool is completed and documented by the next build.
 *
 * <p>Arguments: the folder for the completion scripts, the folder for the AsciiDoc pages.
 */
public final class InstallFiles {

    private static final String NAME = "invite-audit";

    private InstallFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: InstallFiles COMPLETION_DIR MAN_ADOC_DIR");
        }
        CommandLine commandLine = InviteAudit.commandLine(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), Environment.PLAIN);
        commandLine.setCommandName(NAME);
        Path completion = Files.createDirectories(Path.of(args[0]));
        String bash = AutoComplete.bash(NAME, commandLine);
        Files.writeString(completion.resolve(NAME), bash, StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("_" + NAME), zsh(bash), StandardCharsets.UTF_8);
        Path manual = Files.createDirectories(Path.of(args[1]));
        page(manual.resolve(NAME + ".adoc"), commandLine.getCommandSpec(),
                "tell default, generic and personalized LinkedIn invitations apart");
        page(manual.resolve(NAME + "-check.adoc"), commandLine.getSubcommands().get("check").getCommandSpec(),
                "judge a draft invitation note before you send it");
    }

    /**
     * zsh's form of the completion: a file on zsh's fpath named {@code _invite-audit} is loaded by compinit when
     * invite-audit is first completed. It runs the bash script through zsh's bashcompinit, which registers the
     * completion, then completes the words at hand.
     */
    private static String zsh(String bash) {
        return "#compdef " + NAME + "\n"
                + "# Written by the build from invite-audit's command line (picocli's AutoComplete), like the bash\n"
                + "# completion it wraps.\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + "# bashcompinit has no compopt, and the script's alias for it comes too late for a file loaded as a\n"
                + "# function; all the script asks of it is to leave file names out, which zsh does anyway.\n"
                + "compopt() { :; }\n"
                + bash.replace("\r\n", "\n") + "\n"
                + "# Loaded on the first completion: complete it too (later ones go straight to the function).\n"
                + "if [[ -n ${funcstack[(r)_" + NAME + "]} ]]; then\n"
                + "  _bash_complete -F _complete_" + NAME + " \"$@\"\n"
                + "fi\n";
    }

    /**
     * A manual page. Its NAME line is the page's own short summary: the command's description, which --help shows
     * under the synopsis, is too long for it (a header would have changed --help).
     */
    private static void page(Path file, CommandLine.Model.CommandSpec spec, String summary) throws IOException {
        spec.usageMessage().header(summary);
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            ManPageGenerator.writeSingleManPage(out, spec);
        }
        Files.writeString(file, headingsPlain(synopsisOnLines(text.toString())), StandardCharsets.UTF_8);
    }

    /**
     * Section headings as a manual page writes them, without the colon and spaces that --help's "Exit codes:" brings
     * ("EXIT CODES:" had stood in the page).
     */
    static String headingsPlain(String page) {
        StringBuilder plain = new StringBuilder(page.length());
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("== ")) {
                String title = line.substring(3).strip();
                line = "== " + (title.endsWith(":") ? title.substring(0, title.length() - 1).strip() : title);
            }
            plain.append(line).append('\n');
        }
        return plain.substring(0, plain.length() - 1);
    }

    /**
     * The synopsis with each form on a line of its own: --help's custom synopsis indents its later lines, which
     * AsciiDoc would run together into one paragraph.
     */
    static String synopsisOnLines(String page) {
        String heading = "== Synopsis\n\n";
        int start = page.indexOf(heading);
        if (start < 0) {
            return page;
        }
        start += heading.length();
        int end = page.indexOf("\n\n", start);
        String[] forms = page.substring(start, end).split("\n");
        StringBuilder synopsis = new StringBuilder();
        for (int i = 0; i < forms.length; i++) {
            synopsis.append(forms[i].strip()).append(i < forms.length - 1 ? " +\n" : "");
        }
        return page.substring(0, start) + synopsis + page.substring(end);
    }
}
