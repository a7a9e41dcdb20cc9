package org.inviteaudit.bench;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The floor of start-up for a picocli command: one option, files as parameters, the standard help options, and a
 * line printed. bench/run runs it with invite-audit's own picocli (compiled for release 17), class-data archive and
 * JVM options, so that what it costs beyond {@link Hello} is what picocli alone costs invite-audit.
 */
@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1")
public final class PicocliHello implements Callable<Integer> {

    @Option(names = "--format")
    private String format = "text";

    @Parameters
    private List<String> files = List.of();

    @Override
    public Integer call() {
        System.out.println("Hello " + format + " " + files);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PicocliHello()).execute(args));
    }
}
