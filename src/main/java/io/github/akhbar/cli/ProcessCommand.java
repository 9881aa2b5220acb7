package io.github.akhbar.cli;

import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** {@code akhbar process}: streams documents through a pipeline, JSONL out, in input order. */
final class ProcessCommand {

    static final String USAGE = """
            Usage: akhbar process [OPTIONS] [FILE|DIR|- ...]

            Runs the chosen steps over each document and writes one JSON object per document
            (JSONL), in input order. Offsets in the output are UTF-16 indices into the original text.

            Input: *.jsonl / *.ndjson files hold one record per line ({"text": ..., "id"?, "date"?});
            any other file is one plain-text document. gzip input is detected by its magic bytes.
            Directories are walked recursively (*.txt, *.jsonl, *.ndjson, and those with .gz).
            No FILE, or '-', reads standard input; with no FILE and a terminal on standard input,
            the bundled sample article is processed.

            Options:
              --steps LIST       comma-separated steps, run in canonical order (default: all)
                                 steps: %s
              --ref YYYY-MM-DD   reference date for records without a usable "date"
              --threads N        worker threads (default: number of cores)
              --out FILE         write to FILE (gzip when it ends in .gz) instead of stdout
              --format F         format of standard input and of files with another extension:
                                 text (default) or jsonl
              --profile P        normalization profile: search (default), display, lucene
              --lenient          exit 0 even when records failed
              --fail-fast        stop at the first failed record (exit 1)
              --quiet            no progress or warnings on stderr (errors and the summary are
                                 always printed); progress is shown only when stderr is a terminal
              -h, --help         this help

            On SIGINT or SIGTERM the records already read are finished and written (every output
            line is complete), the summary is printed, and the run ends.

            Exit status: 0 all records written; 1 some records or inputs failed; 2 usage error;
            3 the output could not be written; 130 interrupted.
            """;

    private final PrintStream err;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final boolean stdinIsTerminal;

    private List<String> steps = Steps.names();
    private LocalDate ref;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path outFile;
    private String format = "text";
    private String profile = "search";
    private boolean lenient;
    private boolean failFast;
    private boolean quiet;
    private final java.util.concurrent.atomic.AtomicBoolean stop;
    private final boolean stderrIsTerminal;
    private long totalInputBytes = -1;
    private final java.util.concurrent.atomic.AtomicLong consumedInputBytes = new java.util.concurrent.atomic.AtomicLong();
    private final List<String> inputs = new ArrayList<>();

    ProcessCommand(InputStream stdin, OutputStream stdout, PrintStream err, boolean stdinIsTerminal,
                   boolean stderrIsTerminal, java.util.concurrent.atomic.AtomicBoolean stop) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
        this.stdinIsTerminal = stdinIsTerminal;
        this.stderrIsTerminal = stderrIsTerminal;
        this.stop = stop;
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
        RunStats stats = new RunStats(pipeline.steps().size());
        totalInputBytes = totalSize();
        Progress progress = stderrIsTerminal && !quiet ? new Progress(stats) : null;
        int status;
        try (Writer out = openOutput()) {
            try (Runner runner = new Runner(pipeline, out, stats)) {
                readAll(runner, stats);
            } finally {
                if (progress != null) {
                    progress.close();
                }
            }
            out.flush();
            status = stats.failed.get() > 0 && !lenient ? Main.EXIT_FAILED_RECORDS : 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("akhbar process: cannot write output: " + e.getMessage());
            status = Main.EXIT_OUTPUT;
        }
        if (stop.get() && !(failFast && stats.failed.get() > 0)) {
            err.println("akhbar: interrupted; every record read so far was finished and written");
            status = Main.EXIT_INTERRUPTED;
        }
        List<String> names = new ArrayList<>();
        for (var step : pipeline.steps()) {
            names.add(Steps.nameOf(step));
        }
        err.print(stats.stepSummary(names));
        err.println(stats.summary());
        return status;
    }

    private long totalSize() {
        if (inputs.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (String name : inputs) {
            Path p = Path.of(name);
            if (name.equals("-") || !Files.isRegularFile(p)) {
                return -1;
            }
            try {
                total += Files.size(p);
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    /** Prints a progress line on stderr once a second. */
    private final class Progress implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService timer;
        private final RunStats stats;

        Progress(RunStats stats) {
            this.stats = stats;
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "akhbar-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::print, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        }

        private void print() {
            double s = Math.max(stats.seconds(), 1e-9);
            double mb = stats.bytes.get() / 1e6;
            String eta = "";
            long consumed = consumedInputBytes.get();
            if (totalInputBytes > 0 && consumed > 0) {
                double rate = consumed / s;
                long left = (long) ((totalInputBytes - consumed) / rate);
                eta = String.format(Locale.ROOT, ", %d%%, ETA %d:%02d", consumed * 100 / totalInputBytes,
                        left / 60, left % 60);
            }
            err.printf(Locale.ROOT, "\r%d docs, %.1f MB, %.1f MB/s%s   ", stats.written.get(), mb, mb / s, eta);
            err.flush();
        }

        @Override
        public void close() {
            timer.shutdownNow();
            err.print("\r");
            err.flush();
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

    private Writer openOutput() throws IOException {
        OutputStream os;
        if (outFile == null) {
            os = new NonClosing(stdout);
        } else {
            os = Files.newOutputStream(outFile);
            if (outFile.getFileName().toString().endsWith(".gz")) {
                os = new GZIPOutputStream(os, 1 << 16);
            }
        }
        return new OutputStreamWriter(new BufferedOutputStream(os, 1 << 16), StandardCharsets.UTF_8);
    }

    private void readAll(Runner runner, RunStats stats) {
        if (inputs.isEmpty() && stdinIsTerminal) {
            if (!quiet) {
                err.println("akhbar: no input given; processing the bundled sample article (see --help)");
            }
            try (InputStream in = Main.class.getResourceAsStream("sample-article.txt")) {
                readText(in, "sample-article.txt", runner, stats);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        List<String> names = inputs.isEmpty() ? List.of("-") : inputs;
        for (String name : names) {
            if (stop.get()) {
                return;
            }
            if (name.equals("-")) {
                readStream(new StopAwareInput(stdin, stop), "<stdin>", format.equals("jsonl"), runner, stats);
                continue;
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(Files::isRegularFile).filter(ProcessCommand::isCorpusFile).sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    fail(stats, name + ": cannot list directory: " + e.getMessage());
                    continue;
                }
                for (Path f : files) {
                    if (stop.get()) {
                        return;
                    }
                    readFile(f, runner, stats);
                }
            } else {
                readFile(p, runner, stats);
            }
        }
    }

    static boolean isCorpusFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private void readFile(Path p, Runner runner, RunStats stats) {
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
            fail(stats, p + ": cannot read: " + e);
            return;
        }
        try (in) {
            readStream(in, p.toString(), jsonl, runner, stats);
        } catch (IOException e) {
            fail(stats, p + ": " + e);
        }
    }

    private void readStream(InputStream raw, String source, boolean jsonl, Runner runner, RunStats stats) {
        try {
            InputStream in = maybeGunzip(raw);
            if (jsonl) {
                readJsonl(in, source, runner, stats);
            } else {
                readText(in, source, runner, stats);
            }
        } catch (IOException e) {
            fail(stats, source + ": read error: " + e.getMessage());
        }
    }

    static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    private void readJsonl(InputStream in, String source, Runner runner, RunStats stats) throws IOException {
        LineReader reader = new LineReader(in);
        LineReader.Line line;
        long lastLine = 0;
        try {
            while (!stop.get() && (line = reader.next()) != null) {
                if (stop.get()) {
                    break; // the line may have been cut short by the stop; it is not a record
                }
                lastLine = line.number();
                stats.bytes.addAndGet(line.bytes());
                String where = source + ":" + line.number();
                if (line.error() != null) {
                    stats.read.incrementAndGet();
                    fail(stats, where + ": " + line.error());
                    continue;
                }
                if (line.text().isBlank()) {
                    continue; // blank lines separate nothing and are not records
                }
                stats.read.incrementAndGet();
                runner.submit(new Item(where, line.text(), null));
            }
        } catch (IOException e) {
            throw new IOException("after line " + lastLine + ": " + e.getMessage(), e);
        }
    }

    private void readText(InputStream in, String source, Runner runner, RunStats stats) throws IOException {
        byte[] bytes = in.readAllBytes();
        stats.bytes.addAndGet(bytes.length);
        stats.read.incrementAndGet();
        String text;
        try {
            text = LineReader.decode(bytes, 0, bytes.length, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (CharacterCodingException e) {
            String at = e instanceof java.nio.charset.MalformedInputException m ? " at byte " + m.getInputLength() : "";
            fail(stats, source + ": invalid UTF-8" + at);
            return;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte order mark is not part of the document
        }
        Document doc = Document.builder(text).id(source).publishedOn(ref).build();
        runner.submit(new Item(source, null, new Jsonl.Input(doc, List.of(), List.of())));
    }

    private void fail(RunStats stats, String message) {
        stats.failed.incrementAndGet();
        err.println("akhbar: error: " + message);
        if (failFast) {
            stop.set(true);
        }
    }

    private void warn(RunStats stats, String message) {
        stats.warnings.incrementAndGet();
        if (!quiet) {
            err.println("akhbar: warning: " + message);
        }
    }

    /** One record to process: a JSONL line to parse, or an already built input. */
    private record Item(String where, String line, Jsonl.Input input) {
    }

    /** What became of one record: its output line, or why it failed, and its warnings. */
    private record Outcome(String where, String json, String error, List<String> warnings) {
    }

    /**
     * Processes records on a pool and writes them in submission order. Records travel in batches
     * (up to {@value #BATCH_RECORDS} records or {@value #BATCH_CHARS} chars) so that the per-task
     * overhead stays small next to the work; parsing, processing and JSON writing all happen on
     * the workers. At most {@code 4 * threads} batches are in flight, so memory is bounded by the
     * window, not the input.
     */
    private final class Runner implements AutoCloseable {
        static final int BATCH_RECORDS = 64;
        static final int BATCH_CHARS = 1 << 18;

        private final Pipeline pipeline;
        private final Writer out;
        private final RunStats stats;
        private final ExecutorService pool;
        private final ArrayDeque<Future<List<Outcome>>> pending = new ArrayDeque<>();
        private final int window;
        private List<Item> batch = new ArrayList<>();
        private long batchChars;

        Runner(Pipeline pipeline, Writer out, RunStats stats) {
            this.pipeline = pipeline;
            this.out = out;
            this.stats = stats;
            this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "akhbar-worker");
                t.setDaemon(true);
                return t;
            }) : null;
            this.window = threads * 4;
        }

        void submit(Item item) {
            if (pool == null) {
                emit(List.of(process(item)));
                return;
            }
            batch.add(item);
            batchChars += item.line() != null ? item.line().length() : item.input().document().original().length();
            if (batch.size() >= BATCH_RECORDS || batchChars >= BATCH_CHARS) {
                flushBatch();
            }
        }

        private void flushBatch() {
            if (batch.isEmpty()) {
                return;
            }
            List<Item> items = batch;
            batch = new ArrayList<>();
            batchChars = 0;
            pending.add(pool.submit(() -> {
                List<Outcome> outcomes = new ArrayList<>(items.size());
                for (Item item : items) {
                    outcomes.add(process(item));
                }
                return outcomes;
            }));
            while (pending.size() >= window) {
                drainOne();
            }
        }

        private Outcome process(Item item) {
            List<String> warnings = List.of();
            try {
                Jsonl.Input input = item.input();
                if (input == null) {
                    input = Jsonl.parse(item.line(), item.where(), ref);
                    warnings = input.warnings();
                }
                Document d = input.document();
                List<io.github.akhbar.TextProcessor> steps = pipeline.steps();
                for (int i = 0; i < steps.size(); i++) {
                    long t0 = System.nanoTime();
                    d = steps.get(i).process(d);
                    stats.stepNanos[i].add(System.nanoTime() - t0);
                }
                stats.chars.addAndGet(d.original().length());
                return new Outcome(item.where(), Jsonl.write(d, input.passThrough()), null, warnings);
            } catch (Jsonl.BadRecord e) {
                return new Outcome(item.where(), null, e.getMessage(), warnings);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                return new Outcome(item.where(), null, "processing failed: " + e, warnings);
            }
        }

        private void drainOne() {
            Future<List<Outcome>> f = pending.poll();
            try {
                emit(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private void emit(List<Outcome> outcomes) {
            for (Outcome o : outcomes) {
                for (String w : o.warnings()) {
                    warn(stats, o.where() + ": " + w);
                }
                if (o.json() == null) {
                    fail(stats, o.where() + ": " + o.error());
                    continue;
                }
                try {
                    out.write(o.json());
                    out.write('\n');
                    stats.written.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                if (pool != null) {
                    flushBatch();
                }
                while (!pending.isEmpty()) {
                    drainOne();
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Counts the raw bytes read from an input file, for progress and ETA. */
    private static final class Counting extends java.io.FilterInputStream {
        private final java.util.concurrent.atomic.AtomicLong count;

        Counting(InputStream in, java.util.concurrent.atomic.AtomicLong count) {
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

    /** Keeps System.out open when the writer is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
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
