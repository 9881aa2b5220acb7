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
 * single-threaded and on all threads, and prints a table of MB/s and documents/s. Memory: the
 * loaded documents plus one document per thread in flight; step outputs are not kept.
 */
final class BenchCommand {

    static final String USAGE = """
            Usage: akhbar bench [OPTIONS] FILE|DIR ...

            Loads the documents of the inputs into memory (JSONL records or text files, gzip
            detected, directories walked as in 'process'), then measures:
              - each step on one thread, timed inside a pass of the whole pipeline, so that it
                sees the output of the steps before it;
              - the whole pipeline on one thread (that pass);
              - the whole pipeline on --threads threads, through the batch runner of 'process'.
            Reading, JSON parsing and writing are not measured. MB are 10^6 bytes of the UTF-8
            "text" values (process's summary counts whole input lines, JSON syntax and other
            fields included); each figure is the best of --rounds timed passes after --warmup
            passes.

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
        List<Loaded> docs = new ArrayList<>();
        int failures = load(docs);
        if (docs.isEmpty()) {
            err.println("akhbar bench: no documents in the inputs");
            return Main.EXIT_FAILED_RECORDS;
        }
        long bytes = 0;
        for (Loaded d : docs) {
            bytes += d.bytes();
        }
        double mb = bytes / 1e6;
        err.printf(Locale.ROOT, "akhbar bench: %d documents, %.2f MB of text loaded%s%n", docs.size(), mb,
                failures > 0 ? " (" + failures + " records could not be read)" : "");

        List<TextProcessor> list = pipeline.steps();
        double[] stepBest = new double[list.size()];
        java.util.Arrays.fill(stepBest, Double.MAX_VALUE);
        long[] stepNanos = new long[list.size()];
        Runnable singlePass = () -> {
            // one document at a time through every step: each step is timed on the output of the
            // steps before it, and nothing but the loaded documents stays in memory
            java.util.Arrays.fill(stepNanos, 0);
            for (Loaded in : docs) {
                Document d = in.document();
                for (int i = 0; i < list.size(); i++) {
                    long t0 = System.nanoTime();
                    d = list.get(i).process(d);
                    stepNanos[i] += System.nanoTime() - t0;
                }
                sink(d);
            }
        };
        double single = best(singlePass, () -> {
            for (int i = 0; i < stepNanos.length; i++) {
                stepBest[i] = Math.min(stepBest[i], stepNanos[i] / 1e9);
            }
        });
        out.printf(Locale.ROOT, "%-22s %10s %12s %10s%n", "step", "MB/s", "docs/s", "seconds");
        for (int i = 0; i < list.size(); i++) {
            row(Steps.nameOf(list.get(i)), mb, docs.size(), stepBest[i]);
        }
        row("pipeline, 1 thread", mb, docs.size(), single);
        if (threads > 1) {
            double multi = best(() -> threaded(pipeline, docs), () -> { });
            row("pipeline, " + threads + " threads", mb, docs.size(), multi);
            out.printf(Locale.ROOT, "speed-up %d threads / 1 thread: %.2fx%n", threads, single / multi);
        }
        out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        return Main.EXIT_OK;
    }

    /** A loaded document and the UTF-8 bytes of its text. */
    private record Loaded(Document document, int bytes) {
    }

    /** The whole pipeline on the threads, through the runner {@code process} uses (same batches). */
    private void threaded(Pipeline pipeline, List<Loaded> docs) {
        try (OrderedBatches<Loaded, Integer> runner = new OrderedBatches<>(threads,
                OrderedBatches.budgetFor(Runtime.getRuntime().maxMemory()), batch -> {
                    int h = 0;
                    for (Loaded d : batch) {
                        Document p = pipeline.process(d.document());
                        h += p.text().length() + p.annotations().size();
                    }
                    return h;
                }, Loaded::bytes, r -> 0, r -> hash += r)) {
            for (Loaded d : docs) {
                runner.submit(d);
            }
            runner.finish();
        }
    }

    /** Keeps the results observable so that no pass is optimised away. */
    private volatile int blackhole;

    private int hash;

    private void sink(Document d) {
        hash += d.text().length() + d.annotations().size();
    }

    /** Runs {@code pass} --warmup times, then --rounds timed times; {@code afterRound} after each timed one. */
    private double best(Runnable pass, Runnable afterRound) {
        for (int i = 0; i < warmup; i++) {
            pass.run();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            afterRound.run();
        }
        blackhole = hash;
        return best;
    }

    private void row(String name, double mb, int docs, double seconds) {
        out.printf(Locale.ROOT, "%-22s %10.2f %12.0f %10.3f%n", name, mb / seconds, docs / seconds, seconds);
    }

    private int load(List<Loaded> docs) {
        long maxLoaded = maxBytes;
        long[] loaded = {0};
        int failures = 0;
        List<Path> files = new ArrayList<>();
        for (String name : inputs) {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ProcessCommand::isCorpusFile).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    err.println("akhbar bench: error: " + name + ": cannot list directory: " + e.getMessage());
                    failures++;
                }
            } else {
                files.add(p);
            }
        }
        for (Path f : files) {
            if (loaded[0] >= maxLoaded) {
                break;
            }
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".gz")) {
                n = n.substring(0, n.length() - 3);
            }
            boolean jsonl = n.endsWith(".jsonl") || n.endsWith(".ndjson");
            try (InputStream raw = Files.newInputStream(f); InputStream in = ProcessCommand.maybeGunzip(raw)) {
                if (!jsonl) {
                    byte[] b = in.readAllBytes();
                    docs.add(new Loaded(Document.builder(new String(b, StandardCharsets.UTF_8)).id(f.toString()).build(),
                            b.length));
                    loaded[0] += b.length;
                    continue;
                }
                LineReader reader = new LineReader(in);
                LineReader.Line line;
                while (loaded[0] < maxLoaded && (line = reader.next()) != null) {
                    try {
                        String text = LineReader.decode(line.bytes());
                        if (text.isBlank()) {
                            continue;
                        }
                        Document d = Jsonl.parse(text, f + ":" + line.number(), null).document();
                        int b = d.original().getBytes(StandardCharsets.UTF_8).length;
                        docs.add(new Loaded(d, b));
                        loaded[0] += b;
                    } catch (Jsonl.BadRecord | java.nio.charset.CharacterCodingException e) {
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
