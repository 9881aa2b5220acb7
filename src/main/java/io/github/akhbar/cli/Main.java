package io.github.akhbar.cli;

import io.github.akhbar.Akhbar;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code akhbar} command line: {@code java -jar akhbar-cli.jar COMMAND ...}. See
 * {@code docs/cli.md}.
 */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED_RECORDS = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_OUTPUT = 3;

    static final String USAGE = """
            Usage: akhbar COMMAND [OPTIONS] [ARGS]

            Commands:
              process     run steps over documents, write annotated JSONL
              help        show this help, or 'help COMMAND' for a command's help

            Options:
              -h, --help     this help
              --version      print the version

            Run 'akhbar COMMAND --help' for a command's options.
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, System.in, System.out, err, stdinIsTerminal());
        System.out.flush();
        System.exit(status);
    }

    /**
     * Runs one command with the given streams (used by tests and embedders).
     *
     * @return the exit status
     */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean stdinIsTerminal) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            err.print(USAGE);
            return args.length == 0 ? EXIT_USAGE : EXIT_OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "--version", "version" -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ps.println("akhbar " + Akhbar.version());
                yield EXIT_OK;
            }
            case "process" -> new ProcessCommand(in, out, err, stdinIsTerminal).run(rest);
            case "help" -> {
                if (rest.length > 0 && rest[0].equals("process")) {
                    err.print(ProcessCommand.usage());
                } else {
                    err.print(USAGE);
                }
                yield EXIT_OK;
            }
            default -> {
                err.println("akhbar: unknown command '" + args[0] + "'");
                err.print(USAGE);
                yield EXIT_USAGE;
            }
        };
    }

    /**
     * Whether standard input is an interactive terminal. {@link System#console()} is non-null
     * only when both standard input and output are terminals; on Linux the file descriptor link
     * tells about standard input alone.
     */
    static boolean stdinIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            Path fd0 = Path.of("/proc/self/fd/0");
            if (Files.isSymbolicLink(fd0)) {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }
}
