package io.github.akhbar.cli;

import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;
import io.github.akhbar.TextProcessor;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code akhbar bench}: loads documents into memory, then times each step and the whole pipeline,
 * single-threaded and on all threads, and prints a table of MB/s and documents/s.
 */
final class BenchCommand {

    static final String USAGE = """
            Usage: akhbar bench [OPTIONS] FILE|DIR ...

            Loads the documents of the inputs into memory (JSONL records or text files, gzip
            detected, directories walked as in 'process'), then measures:
              - each step alone, on one thread, fed with the output of the steps before it;
              - the whole pipeline on one thread;
              - the whole pipeline on --threads threads (input order kept, as in 'process').
            Reading, JSON parsing and writing are not measured. MB are 10^6 bytes of the UTF-8
            input text; each figure is the best of --rounds timed passes after --warmup passes.

            Options:
              --steps LIST       comma-separated steps (default: all)
                                 steps: %s
              --threads N        threads for the all-core row (default: number of cores)
              --max-mb N         load at most N MB of text (default: 256)
              --warmup N         untimed passes over the documents first (default: 1)
              --rounds N         timed passes; the best is reported (default: 3)
              --profile P        normalization profile: search (default), display, lucene
              -h, --help         this help
            """;

    private final PrintStream out;
    private final PrintStream err;

    private List<String> steps = Steps.names();
    private int threads = Runtime.getRuntime().availableProcessors();
    private long maxBytes = 256L * 1_000_000;
    private int warmup = 1;
    private int rounds = 3;
    private String profile = "search";
    private final List<String> inputs = new ArrayList<>();

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static String usage() {
        return String.format(Locale.ROOT, USAGE, String.join(",", Steps.names()));
    }

    int run(String[] args) {
        try {
            parseArgs(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null) {
                err.print(usage());
                return Main.EXIT_OK;
            }
            err.println("akhbar bench: " + e.getMessage());
            err.println("Try 'akhbar bench --help'.");
            return Main.EXIT_USAGE;
        }
        Pipeline pipeline;
        try {
            pipeline = Steps.pipeline(steps, new Steps.Config(profile));
        } catch (IllegalArgumentException e) {
            err.println("akhbar bench: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        List<Document> docs = new ArrayList<>();
        long[] bytes = {0};
        int failures = load(docs, bytes);
        if (docs.isEmpty()) {
            err.println("akhbar bench: no documents in the inputs");
            return Main.EXIT_FAILED_RECORDS;
        }
        double mb = bytes[0] / 1e6;
        err.printf(Locale.ROOT, "akhbar bench: %d documents, %.2f MB loaded%s%n", docs.size(), mb,
                failures > 0 ? " (" + failures + " records could not be read)" : "");

        List<TextProcessor> list = pipeline.steps();
        // inputs[i] = the documents as step i sees them in the pipeline
        List<List<Document>> stepInputs = new ArrayList<>();
        List<Document> current = docs;
        for (TextProcessor step : list) {
            stepInputs.add(current);
            List<Document> next = new ArrayList<>(current.size());
            for (Document d : current) {
                next.add(step.process(d));
            }
            current = next;
        }
        out.printf(Locale.ROOT, "%-22s %10s %12s %10s%n", "step", "MB/s", "docs/s", "seconds");
        for (int i = 0; i < list.size(); i++) {
            TextProcessor step = list.get(i);
            List<Document> in = stepInputs.get(i);
            double s = best(() -> {
                for (Document d : in) {
                    sink(step.process(d));
                }
            });
            row(Steps.nameOf(step), mb, docs.size(), s);
        }
        double single = best(() -> {
            for (Document d : docs) {
                sink(pipeline.process(d));
            }
        });
        row("pipeline, 1 thread", mb, docs.size(), single);
        if (threads > 1) {
            double multi = best(() -> {
                try (Stream<Document> s = pipeline.processAll(docs.stream(), threads)) {
                    s.forEach(this::sink);
                }
            });
            row("pipeline, " + threads + " threads", mb, docs.size(), multi);
            out.printf(Locale.ROOT, "speed-up %d threads / 1 thread: %.2fx%n", threads, single / multi);
        }
        out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        return Main.EXIT_OK;
    }

    /** Keeps the results observable so that no pass is optimised away. */
    private volatile int blackhole;

    private int hash;

    private void sink(Document d) {
        hash += d.text().length() + d.annotations().size();
    }

    private double best(Runnable pass) {
        for (int i = 0; i < warmup; i++) {
            pass.run();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        blackhole = hash;
        return best;
    }

    private void row(String name, double mb, int docs, double seconds) {
        out.printf(Locale.ROOT, "%-22s %10.2f %12.0f %10.3f%n", name, mb / seconds, docs / seconds, seconds);
    }

    private int load(List<Document> docs, long[] bytes) {
        int failures = 0;
        List<Path> files = new ArrayList<>();
        for (String name : inputs) {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ProcessCommand::isCorpusFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("akhbar bench: error: " + name + ": cannot list directory: " + e.getMessage());
                    failures++;
                }
            } else {
                files.add(p);
            }
        }
        for (Path f : files) {
            if (bytes[0] >= maxBytes) {
                break;
            }
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".gz")) {
                n = n.substring(0, n.length() - 3);
            }
            boolean jsonl = n.endsWith(".jsonl") || n.endsWith(".ndjson");
            try (InputStream raw = Files.newInputStream(f); InputStream in = ProcessCommand.maybeGunzip(raw)) {
                if (!jsonl) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    docs.add(Document.builder(text).id(f.toString()).build());
                    bytes[0] += text.getBytes(StandardCharsets.UTF_8).length;
                    continue;
                }
                LineReader reader = new LineReader(in);
                LineReader.Line line;
                while (bytes[0] < maxBytes && (line = reader.next()) != null) {
                    if (line.error() != null || line.text().isBlank()) {
                        failures += line.error() != null ? 1 : 0;
                        continue;
                    }
                    try {
                        Document d = Jsonl.parse(line.text(), f + ":" + line.number(), null).document();
                        docs.add(d);
                        bytes[0] += d.original().getBytes(StandardCharsets.UTF_8).length;
                    } catch (Jsonl.BadRecord e) {
                        failures++;
                    }
                }
            } catch (IOException e) {
                err.println("akhbar bench: error: " + f + ": " + e.getMessage());
                failures++;
            }
        }
        return failures;
    }

    private void parseArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> throw new IllegalArgumentException((String) null);
                case "--steps" -> {
                    steps = new ArrayList<>();
                    for (String s : value(args, ++i, a).split(",")) {
                        if (!s.isBlank()) {
                            steps.add(s.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                    if (steps.isEmpty()) {
                        throw new IllegalArgumentException("--steps needs at least one step");
                    }
                }
                case "--threads" -> threads = atLeast(args, ++i, a, 1);
                case "--max-mb" -> maxBytes = atLeast(args, ++i, a, 1) * 1_000_000L;
                case "--warmup" -> warmup = atLeast(args, ++i, a, 0);
                case "--rounds" -> rounds = atLeast(args, ++i, a, 1);
                case "--profile" -> {
                    profile = value(args, ++i, a);
                    if (!List.of("search", "display", "lucene").contains(profile)) {
                        throw new IllegalArgumentException("--profile must be search, display or lucene, was '"
                                + profile + "'");
                    }
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new IllegalArgumentException("unknown option '" + a + "'");
                    }
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one FILE or DIR to measure");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int atLeast(String[] args, int i, String option, int min) {
        String v = value(args, i, option);
        try {
            int n = Integer.parseInt(v);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException(option + " must be a whole number >= " + min + ", was '" + v + "'");
    }
}
