package io.github.akhbar.cli;

import io.github.akhbar.Pipeline;
import io.github.akhbar.TextProcessor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code akhbar process}: streams documents through a pipeline, JSONL out, in input order. This
 * thread only reads, splits lines and writes finished bytes; {@link RecordWork} does the rest on
 * the workers of an {@link OrderedBatches}.
 */
final class ProcessCommand {

    static final String USAGE = """
            Usage: akhbar process [OPTIONS] [FILE|DIR|- ...]

            Runs the chosen steps over each document and writes one JSON object per document
            (JSONL), in input order. Offsets in the output are UTF-16 indices into the original text.

            Input: *.jsonl / *.ndjson files hold one record per line ({"text": ..., "id"?, "date"?});
            a *.txt file is one plain-text document; files with another extension, and standard
            input, are read in the --format format. gzip input is detected by its magic bytes.
            Directories are walked recursively (*.txt, *.jsonl, *.ndjson, each also with .gz, and
            NAME.gz without another extension, read in the --format format).
            No FILE, or '-', reads standard input; with no FILE and a terminal on standard input,
            the bundled sample article is processed (--sample processes it in any case).

            Options:
              --steps LIST       comma-separated steps, run in canonical order (default: all)
                                 steps: %s
              --ref YYYY-MM-DD   reference date for records without a usable "date"
              --threads N        worker threads (default: number of cores)
              --out FILE         write to FILE (gzip when it ends in .gz) instead of stdout
              --format F         format of standard input and of files with another extension:
                                 text (default) or jsonl
              --profile P        normalization profile: search (default), display, lucene
              --sample           process the sample article bundled in the jar
              --lenient          exit 0 even when records or inputs failed
              --fail-fast        stop at the first failed record or input (exit 1)
              --quiet            no progress or warnings on stderr (errors and the summary are
                                 always printed); progress is shown only when stderr is a terminal
              -h, --help         this help

            On SIGINT or SIGTERM the records already read are finished and written (every output
            line is complete), the summary is printed, and the run ends.

            Exit status: 0 all records written; 1 some records or inputs failed; 2 usage error;
            3 the output could not be written (also a closed pipe: reading stops at once);
            130 interrupted by SIGINT; 143 interrupted by SIGTERM.
            """;

    private final PrintStream err;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final boolean stdinIsTerminal;
    private final boolean stderrIsTerminal;
    /** Set by SIGINT/SIGTERM (the shutdown hook). */
    private final AtomicBoolean stop;
    /** Set by --fail-fast at the first failure, or when the output breaks. */
    private final AtomicBoolean halt = new AtomicBoolean();
    private final AtomicLong consumedInputBytes = new AtomicLong();

    private List<String> steps = Steps.names();
    private LocalDate ref;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path outFile;
    private String format = "text";
    private String profile = "search";
    private boolean sample;
    private boolean lenient;
    private boolean failFast;
    private boolean quiet;
    private final List<String> inputs = new ArrayList<>();

    private RunStats stats;
    private Progress progress;
    private OutputStream out;
    private long outputBytes;
    private StopAwareInput stdinReader;

    ProcessCommand(InputStream stdin, OutputStream stdout, PrintStream err, boolean stdinIsTerminal,
                   boolean stderrIsTerminal, AtomicBoolean stop) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
        this.stdinIsTerminal = stdinIsTerminal;
        this.stderrIsTerminal = stderrIsTerminal;
        this.stop = stop;
    }

    /** One input, in command-line order: a file, standard input, the sample, or an input that failed. */
    private record Source(Path file, String special, String error) {
        static final String STDIN = "<stdin>";
        static final String SAMPLE = "sample-article.txt";
    }

    int run(String[] args) {
        try {
            parseArgs(args);
        } catch (UsageException e) {
            if (e.getMessage() == null) {
                err.print(usage());
                return 0;
            }
            err.println("akhbar process: " + e.getMessage());
            err.println("Try 'akhbar process --help'.");
            return Main.EXIT_USAGE;
        }
        Pipeline pipeline;
        try {
            pipeline = Steps.pipeline(steps, new Steps.Config(profile));
        } catch (IllegalArgumentException e) {
            err.println("akhbar process: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        stats = new RunStats(pipeline.steps().size());
        List<Source> sources = sources();
        boolean gzip = outFile != null && outFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        RecordWork work = new RecordWork(pipeline, ref, gzip, stats, failFast ? () -> halt.set(true) : () -> { });
        if (stderrIsTerminal && !quiet) {
            progress = new Progress(err, stats, consumedInputBytes, totalSize(sources));
        }
        int status;
        try (OutputStream o = openOutput()) {
            out = o;
            try (OrderedBatches<RecordWork.Item, RecordWork.Batch> runner = new OrderedBatches<>(threads,
                    OrderedBatches.budgetFor(Runtime.getRuntime().maxMemory()), work, RecordWork.Item::weight,
                    b -> b.output().length, this::emit)) {
                readAll(sources, runner);
                runner.finish();
            } finally {
                closeProgress();
            }
            if (gzip && outputBytes == 0) {
                GZIPOutputStream empty = new GZIPOutputStream(new NonClosing(o)); // an empty file is not gzip
                empty.close();
            }
            status = (stats.failed.get() > 0 || stats.inputsFailed.get() > 0) && !lenient
                    ? Main.EXIT_FAILED_RECORDS : Main.EXIT_OK;
        } catch (IOException e) {
            status = outputFailed(e);
        } catch (OutputFailure e) {
            status = outputFailed(e.getCause());
        }
        if (stop.get() && status != Main.EXIT_OUTPUT) {
            err.println("akhbar: interrupted; every record read so far was finished and written");
            status = Main.EXIT_INTERRUPTED;
        }
        List<String> names = new ArrayList<>();
        for (TextProcessor step : pipeline.steps()) {
            names.add(Steps.nameOf(step));
        }
        err.print(stats.stepSummary(names));
        err.println(stats.summary());
        return status;
    }

    private int outputFailed(IOException e) {
        closeProgress();
        err.println("akhbar: error: cannot write output: " + e.getMessage() + "; stopped reading");
        return Main.EXIT_OUTPUT;
    }

    private void closeProgress() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    static String usage() {
        return String.format(Locale.ROOT, USAGE, String.join(",", Steps.names()));
    }

    private void parseArgs(String[] args) throws UsageException {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> throw new UsageException(null);
                case "--steps" -> {
                    String v = value(args, ++i, a);
                    List<String> list = new ArrayList<>();
                    for (String s : v.split(",")) {
                        if (!s.isBlank()) {
                            list.add(s.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                    if (list.isEmpty()) {
                        throw new UsageException("--steps needs at least one step; valid steps: "
                                + String.join(", ", Steps.names()));
                    }
                    steps = list;
                }
                case "--ref" -> {
                    String v = value(args, ++i, a);
                    try {
                        ref = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--ref must be a date YYYY-MM-DD, was '" + v + "'");
                    }
                }
                case "--threads" -> {
                    String v = value(args, ++i, a);
                    try {
                        threads = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        threads = -1;
                    }
                    if (threads < 1) {
                        throw new UsageException("--threads must be a whole number >= 1, was '" + v + "'");
                    }
                }
                case "--out" -> outFile = Path.of(value(args, ++i, a));
                case "--format" -> {
                    format = value(args, ++i, a);
                    if (!format.equals("text") && !format.equals("jsonl")) {
                        throw new UsageException("--format must be text or jsonl, was '" + format + "'");
                    }
                }
                case "--profile" -> {
                    profile = value(args, ++i, a);
                    if (!List.of("search", "display", "lucene").contains(profile)) {
                        throw new UsageException("--profile must be search, display or lucene, was '" + profile + "'");
                    }
                }
                case "--sample" -> sample = true;
                case "--lenient" -> lenient = true;
                case "--fail-fast" -> failFast = true;
                case "--quiet" -> quiet = true;
                default -> {
                    if (a.startsWith("--") || (a.startsWith("-") && a.length() > 1)) {
                        throw new UsageException("unknown option '" + a + "'");
                    }
                    inputs.add(a);
                }
            }
        }
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private OutputStream openOutput() throws IOException {
        OutputStream os = outFile == null ? new NonClosing(stdout) : Files.newOutputStream(outFile);
        return new BufferedOutputStream(os, 1 << 16);
    }

    /** Writes a finished batch and reports its messages; runs on this (the reading) thread. */
    private void emit(RecordWork.Batch b) {
        try {
            out.write(b.output());
        } catch (IOException e) {
            halt.set(true);
            throw new OutputFailure(e);
        }
        outputBytes += b.output().length;
        stats.written.addAndGet(b.written());
        for (RecordWork.Message m : b.messages()) {
            switch (m.level()) {
                case RECORD_FAILED -> {
                    stats.failed.incrementAndGet();
                    print("akhbar: error: " + m.text());
                }
                case INPUT_FAILED -> {
                    stats.inputsFailed.incrementAndGet();
                    print("akhbar: error: " + m.text());
                }
                case WARNING -> {
                    stats.warnings.incrementAndGet();
                    if (!quiet) {
                        print("akhbar: warning: " + m.text());
                    }
                }
                case NOTE -> print("akhbar: " + m.text());
            }
        }
    }

    private void print(String line) {
        if (progress != null) {
            progress.println(line);
        } else {
            err.println(line);
        }
    }

    private boolean stopping() {
        return stop.get() || halt.get();
    }

    /** The inputs in order, directories expanded (so that their total size is known up front). */
    private List<Source> sources() {
        List<Source> list = new ArrayList<>();
        if (sample || (inputs.isEmpty() && stdinIsTerminal)) {
            if (!sample && !quiet) {
                err.println("akhbar: no input given; processing the bundled sample article (see --help)");
            }
            list.add(new Source(null, Source.SAMPLE, null));
        } else if (inputs.isEmpty()) {
            list.add(new Source(null, Source.STDIN, null));
        }
        for (String name : inputs) {
            Path p = Path.of(name);
            if (name.equals("-")) {
                list.add(new Source(null, Source.STDIN, null));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ProcessCommand::isCorpusFile).sorted()
                            .forEach(f -> list.add(new Source(f, null, null)));
                } catch (IOException | UncheckedIOException e) {
                    list.add(new Source(null, null, name + ": cannot list directory: " + e.getMessage()));
                }
            } else {
                list.add(new Source(p, null, null));
            }
        }
        return list;
    }

    /** @return the bytes of every input file, or -1 when an input is standard input */
    private static long totalSize(List<Source> sources) {
        long total = 0;
        for (Source s : sources) {
            if (Source.STDIN.equals(s.special())) {
                return -1;
            }
            if (s.file() != null) {
                try {
                    total += Files.size(s.file());
                } catch (IOException e) {
                    // reported when the file is read
                }
            }
        }
        return total;
    }

    /**
     * Whether a directory walk takes a file: {@code *.txt}, {@code *.jsonl}, {@code *.ndjson}, each
     * optionally with {@code .gz}, and {@code NAME.gz} whose remaining name has no extension.
     */
    static boolean isCorpusFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
            if (!n.isEmpty() && n.indexOf('.') < 0) {
                return true;
            }
        }
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private void readAll(List<Source> sources, OrderedBatches<RecordWork.Item, RecordWork.Batch> runner) {
        for (Source s : sources) {
            if (stopping()) {
                return;
            }
            if (s.error() != null) {
                inputFailed(runner, s.error());
            } else if (Source.SAMPLE.equals(s.special())) {
                try (InputStream in = Main.class.getResourceAsStream(Source.SAMPLE)) {
                    readText(in, Source.SAMPLE, runner);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the jar itself is broken
                }
            } else if (Source.STDIN.equals(s.special())) {
                if (stdinReader == null) {
                    stdinReader = new StopAwareInput(stdin, stop);
                }
                readStream(stdinReader, Source.STDIN, format.equals("jsonl"), runner);
            } else {
                readFile(s.file(), runner);
            }
        }
    }

    private void readFile(Path p, OrderedBatches<RecordWork.Item, RecordWork.Batch> runner) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        boolean jsonl = n.endsWith(".jsonl") || n.endsWith(".ndjson")
                || (!n.endsWith(".txt") && format.equals("jsonl"));
        InputStream in;
        try {
            in = new Counting(Files.newInputStream(p), consumedInputBytes);
        } catch (IOException e) {
            inputFailed(runner, p + ": cannot read: " + reason(e));
            return;
        }
        try (in) {
            readStream(in, p.toString(), jsonl, runner);
        } catch (IOException e) {
            // closing a file we only read cannot lose data
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private void readStream(InputStream raw, String source, boolean jsonl,
                            OrderedBatches<RecordWork.Item, RecordWork.Batch> runner) {
        InputStream in;
        try {
            in = maybeGunzip(raw);
        } catch (IOException e) {
            inputFailed(runner, source + ": read error: " + reason(e));
            return;
        }
        if (jsonl) {
            readJsonl(in, source, runner);
        } else {
            readText(in, source, runner);
        }
    }

    /**
     * @return {@code raw}, decompressed if it starts with the gzip magic bytes; a stream of several
     *         gzip members (as {@code --out x.gz} and {@code pigz} write) is read to its end
     */
    static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = new MemberAwareInput(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    private void readJsonl(InputStream in, String source, OrderedBatches<RecordWork.Item, RecordWork.Batch> runner) {
        LineReader reader = new LineReader(in);
        try {
            LineReader.Line line;
            while (!stopping() && (line = reader.next()) != null) {
                if (stop.get()) {
                    break; // the line may have been cut short by the stop; it is not a record
                }
                stats.bytes.addAndGet(line.rawBytes());
                runner.submit(RecordWork.Item.jsonl(source, line.number(), line.bytes()));
            }
        } catch (IOException e) {
            inputFailed(runner, source + ": read error after line " + reader.lineNumber() + ": " + reason(e));
        }
    }

    private void readText(InputStream in, String source, OrderedBatches<RecordWork.Item, RecordWork.Batch> runner) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            inputFailed(runner, source + ": read error: " + reason(e));
            return;
        }
        stats.bytes.addAndGet(bytes.length);
        if (Source.STDIN.equals(source) && stdinReader.cutShort()) {
            runner.submit(RecordWork.Item.note(source + ": the interrupt cut the text short; it was not processed"));
            return;
        }
        runner.submit(RecordWork.Item.text(source, bytes));
    }

    private void inputFailed(OrderedBatches<RecordWork.Item, RecordWork.Batch> runner, String message) {
        if (failFast) {
            halt.set(true);
        }
        runner.submit(RecordWork.Item.inputFailed(message));
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** The output could not be written; unwinds the reading loop. */
    private static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * A buffered stream whose {@code available()} is 0 only at the end of input. After each gzip
     * member {@link GZIPInputStream} reads the next one only if {@code available() > 0} (or its
     * buffer still holds bytes); a pipe reports 0 while the writer is slower, which would end the
     * stream early, silently. Here {@code available()} waits for the next byte instead.
     */
    private static final class MemberAwareInput extends BufferedInputStream {
        MemberAwareInput(InputStream in) {
            super(in, 1 << 16);
        }

        @Override
        public synchronized int available() throws IOException {
            int n = super.available();
            if (n > 0) {
                return n;
            }
            mark(1);
            if (read() < 0) {
                return 0;
            }
            reset();
            return super.available();
        }
    }

    /** Counts the raw bytes read from an input file, for progress and ETA. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    /** Keeps standard output open when the writer is closed. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
