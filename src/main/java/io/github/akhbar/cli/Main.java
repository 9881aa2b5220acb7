package io.github.akhbar.cli;

import io.github.akhbar.Akhbar;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code akhbar} command line: {@code java -jar akhbar-cli.jar COMMAND ...}. See
 * {@code docs/cli.md}.
 */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED_RECORDS = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_OUTPUT = 3;
    /**
     * What {@link #run} returns after a stop request. The process itself then exits with the
     * JVM's status for the signal: 130 for SIGINT, 143 for SIGTERM.
     */
    static final int EXIT_INTERRUPTED = 130;

    static final String USAGE = """
            Usage: akhbar COMMAND [OPTIONS] [ARGS]

            Commands:
              process     run steps over documents, write annotated JSONL
              tokenize    print the tokens of standard input, one per line
                          (start, end, kind, text; --search drops punctuation)
              bench       measure each step's throughput (MB/s, docs/s) on your files
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
        // not System.out: a PrintStream swallows write errors, so a closed pipe would go unnoticed
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // SIGINT/SIGTERM: the run stops reading, finishes the records it has read, flushes and
            // summarises; the JVM exits (128 + signal) only when that is done, however long it takes
            stop.set(true);
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "akhbar-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int status = EXIT_OUTPUT;
        try {
            status = run(args, System.in, out, err, isTerminal(0), isTerminal(2), stop);
            out.flush();
        } catch (IOException e) {
            err.println("akhbar: error: cannot write output: " + e.getMessage());
            status = EXIT_OUTPUT;
        } finally {
            err.flush();
            done.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down after a signal: the JVM exits with the signal's status
        }
        System.exit(status);
    }

    /**
     * Runs one command with the given streams (used by tests and embedders).
     *
     * @return the exit status
     */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean stdinIsTerminal) {
        return run(args, in, out, err, stdinIsTerminal, false, new AtomicBoolean());
    }

    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean stdinIsTerminal,
                   boolean stderrIsTerminal, AtomicBoolean stop) {
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
            case "process" -> new ProcessCommand(in, out, err, stdinIsTerminal, stderrIsTerminal, stop).run(rest);
            case "tokenize" -> tokenize(rest, in, out, err);
            case "bench" -> new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8), err).run(rest);
            case "help" -> {
                if (rest.length > 0 && rest[0].equals("process")) {
                    err.print(ProcessCommand.usage());
                } else if (rest.length > 0 && rest[0].equals("tokenize")) {
                    err.print(TOKENIZE_USAGE);
                } else if (rest.length > 0 && rest[0].equals("bench")) {
                    err.print(BenchCommand.usage());
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

    private static int tokenize(String[] args, InputStream in, OutputStream out, PrintStream err) {
        io.github.akhbar.token.ArabicTokenizer tokenizer = io.github.akhbar.token.ArabicTokenizer.create();
        for (String a : args) {
            switch (a) {
                case "-h", "--help" -> {
                    err.print(TOKENIZE_USAGE);
                    return EXIT_OK;
                }
                case "--search" -> tokenizer = io.github.akhbar.token.ArabicTokenizer.forSearch();
                default -> {
                    err.println("akhbar tokenize: unknown argument '" + a + "'");
                    err.print(TOKENIZE_USAGE);
                    return EXIT_USAGE;
                }
            }
        }
        java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            io.github.akhbar.token.TokenPrinter.print(new java.io.InputStreamReader(in, strict), w, tokenizer);
            w.flush();
            return EXIT_OK;
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("akhbar tokenize: standard input is not valid UTF-8: " + e.getMessage());
            return EXIT_FAILED_RECORDS;
        } catch (java.io.IOException e) {
            err.println("akhbar tokenize: " + e.getMessage());
            return EXIT_OUTPUT;
        }
    }

    static final String TOKENIZE_USAGE = """
            Usage: akhbar tokenize [--search] < TEXT

            Prints the tokens of standard input (UTF-8), one per line, tab-separated:
            start, end (UTF-16 offsets into the input), kind (with +marker for a number after
            the article marker "الـ"), and the token's text.

            Options:
              --search     drop punctuation tokens (ArabicTokenizer.forSearch())
              -h, --help   this help
            """;

    /**
     * Whether file descriptor {@code fd} (0 stdin, 2 stderr) is an interactive terminal. On Linux
     * the descriptor's link tells; elsewhere {@link System#console()} (non-null only when stdin
     * and stdout are both terminals) is the fallback.
     */
    static boolean isTerminal(int fd) {
        try {
            Path fd0 = Path.of("/proc/self/fd/" + fd);
            if (Files.isSymbolicLink(fd0)) {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
            if (Files.exists(Path.of("/proc/self/fd"))) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
        return System.console() != null;
    }
}
