package io.github.akhbar.spark;

import io.github.akhbar.Pipeline;
import io.github.akhbar.cli.Jsonl;
import io.github.akhbar.cli.Steps;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.io.Serializable;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Runs Akhbar steps over JSONL articles on Apache Spark, producing exactly the records
 * {@code akhbar process} writes for the same lines.
 *
 * <ul>
 *   <li>Input: JSONL, one article per line ({@code {"id": ..., "text": ..., "date": ...}}), read
 *       with {@code spark.read().textFile(...)}; gzip files are read transparently. Blank lines
 *       are skipped, as the CLI skips them.</li>
 *   <li>Each partition builds ONE pipeline with {@link Steps#pipeline} and runs every line through
 *       {@link Jsonl#processRecord}, the CLI's own record function, so an output line is
 *       byte-for-byte the CLI's.</li>
 *   <li>A bad record (not JSON, no {@code "text"}, ...) is never dropped: it goes to
 *       {@code OUT/kind=bad/} as {@code {"where": ..., "error": ..., "line": ...}} and is counted by the
 *       {@code akhbar.badRecords} accumulator; good records go to {@code OUT/kind=ok/}.</li>
 *   <li>The warnings the CLI prints for a record (an unusable {@code "date"}, a replaced
 *       {@code "annotations"} field) go to {@code OUT/kind=warning/} as
 *       {@code {"where": ..., "warning": ...}} and are counted by {@code akhbar.warnings}; the
 *       record itself is still written to {@code kind=ok}.</li>
 *   <li>A record without {@code "id"} gets {@code spark:<partition>:<n>} ({@code n} counts the
 *       partition's non-blank lines from 1) where the CLI would write {@code <file>:<line>}; give
 *       records an {@code "id"} to make both outputs equal.</li>
 * </ul>
 *
 * <pre>
 * spark-submit --class io.github.akhbar.spark.SparkPipelineJob --master local[2] \
 *   --jars akhbar.jar,icu4j.jar,commons-text.jar \
 *   akhbar-spark-example.jar IN.jsonl[.gz][,IN2...] OUT [--steps whitespace,...] [--profile search]
 *   [--ref 2024-11-08] [--partitions 8]
 *
 * a line {"id":"a1","text":"  x  "}   OUT/kind=ok:  {"id":"a1","text":"x","annotations":[]}
 * a line {"id":"a2"}                  OUT/kind=bad: {"where":"spark:0:2","error":"missing \"text\" field",
 *                                                   "line":"{\"id\":\"a2\"}"}
 * a line {"id":"a3","text":"x","date":"soon"}
 *                                     OUT/kind=ok: the record; OUT/kind=warning: {"where":"spark:0:3",
 *                                                   "warning":"\"date\" value 'soon' is not a date ..."}
 * a line   (blank)                    skipped, like the CLI
 * unknown step name                   IllegalArgumentException before the job starts
 * </pre>
 *
 * <p>The job holds only its configuration (strings and a date) and is safe to serialize to
 * executors; the pipeline itself is built on the executor, once per partition.
 *
 * @since 0.1.0
 */
public final class SparkPipelineJob implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Accumulator name shown in the Spark UI: bad records. */
    public static final String BAD_RECORDS = "akhbar.badRecords";

    /** Accumulator name shown in the Spark UI: record warnings. */
    public static final String WARNINGS = "akhbar.warnings";

    /** The row kinds, also the {@code kind=} directories of {@link #run}. */
    public static final String OK = "ok";
    /** A bad record's row kind. */
    public static final String BAD = "bad";
    /** A warning's row kind. */
    public static final String WARNING = "warning";

    /**
     * What one run counted (progress figures: Spark may re-run a task; the exact numbers are the
     * lines under {@code kind=bad} and {@code kind=warning}).
     *
     * @param bad      bad records
     * @param warnings record warnings
     */
    public record Counts(long bad, long warnings) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<String> steps;
    private final String profile;
    private final LocalDate ref;
    private final int partitions;

    /**
     * @param steps   step names for {@link Steps#pipeline}, any order
     * @param profile normalization profile ({@code search}, {@code display}, {@code lucene})
     * @param ref     reference date for records without a usable {@code "date"}, or null
     * @throws IllegalArgumentException naming an unknown step (checked here, on the driver)
     */
    public SparkPipelineJob(List<String> steps, String profile, LocalDate ref) {
        this(steps, profile, ref, 0);
    }

    private SparkPipelineJob(List<String> steps, String profile, LocalDate ref, int partitions) {
        this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        this.profile = Objects.requireNonNull(profile, "profile");
        this.ref = ref;
        this.partitions = partitions;
        Steps.pipeline(this.steps, new Steps.Config(profile)); // fail fast on the driver
    }

    /**
     * Spreads the input over {@code partitions} partitions before processing (a shuffle). Needed
     * for gzip input, which Spark cannot split: one {@code .gz} file is one partition, so one core.
     *
     * @param partitions partitions to process, {@code >= 1}; or 0 to keep the input's own
     * @return a job with that setting
     * @throws IllegalArgumentException if {@code partitions < 0}
     */
    public SparkPipelineJob withPartitions(int partitions) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0, was " + partitions);
        }
        return new SparkPipelineJob(steps, profile, ref, partitions);
    }

    /**
     * Processes JSONL lines; nothing runs until an action.
     *
     * @param lines    JSONL lines
     * @param bad      counts bad records (a progress figure: Spark may re-run a task, so the exact
     *                 count is the number of {@code bad} rows)
     * @param warnings counts record warnings, likewise
     * @return rows {@code (kind, value)}: for each non-blank line {@code (ok, output record)} or
     *         {@code (bad, error record)}, after it one {@code (warning, warning record)} per
     *         warning; in input order within each partition
     */
    public Dataset<Tuple2<String, String>> process(Dataset<String> lines, LongAccumulator bad,
                                                   LongAccumulator warnings) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(bad, "bad");
        Objects.requireNonNull(warnings, "warnings");
        List<String> names = steps;
        String prof = profile;
        LocalDate reference = ref;
        MapPartitionsFunction<String, Tuple2<String, String>> perPartition = input -> {
            // one pipeline per partition: built on the executor, never shipped from the driver
            Pipeline pipeline = Steps.pipeline(names, new Steps.Config(prof));
            String prefix = "spark:" + TaskContext.getPartitionId() + ":";
            return new Records(input, pipeline, prefix, reference, bad, warnings);
        };
        return lines.mapPartitions(perPartition, Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
    }

    /**
     * Reads {@code inputs}, processes them and writes {@code out/kind=ok/}, {@code out/kind=bad/}
     * and {@code out/kind=warning/} (text files, one JSON record per line) in one pass.
     *
     * @param spark  the Spark session
     * @param inputs JSONL paths (gzip allowed)
     * @param out    output directory; must not exist
     * @return the counts of bad records and warnings
     */
    public Counts run(SparkSession spark, List<String> inputs, String out) {
        LongAccumulator bad = spark.sparkContext().longAccumulator(BAD_RECORDS);
        LongAccumulator warnings = spark.sparkContext().longAccumulator(WARNINGS);
        Dataset<String> lines = spark.read().textFile(inputs.toArray(new String[0]));
        if (partitions > 0) {
            lines = lines.repartition(partitions); // gzip is one split per file
        }
        process(lines, bad, warnings).toDF("kind", "value").write().partitionBy("kind").text(out);
        return new Counts(bad.value(), warnings.value());
    }

    /**
     * Command line: {@code IN[,IN...] OUT [--steps a,b] [--profile p] [--ref yyyy-MM-dd] [--partitions N]}.
     * Exits with status 1 when some records were bad (they are in {@code OUT/kind=bad/}), 2 on a
     * usage error.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        List<String> steps = Steps.names();
        String profile = Steps.Config.DEFAULT.profile();
        LocalDate ref = null;
        int partitions = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--steps" -> steps = Arrays.asList(value(args, ++i, "--steps").split(","));
                    case "--profile" -> profile = value(args, ++i, "--profile");
                    case "--ref" -> ref = LocalDate.parse(value(args, ++i, "--ref"));
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, "--partitions"));
                    default -> positional.add(args[i]);
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("expected IN[,IN...] OUT, got " + positional);
            }
            SparkPipelineJob job = new SparkPipelineJob(steps, profile, ref).withPartitions(partitions);
            SparkSession spark = SparkSession.builder().appName("akhbar").getOrCreate();
            long t0 = System.nanoTime();
            Counts counts;
            try {
                counts = job.run(spark, Arrays.asList(positional.get(0).split(",")), positional.get(1));
            } finally {
                spark.stop();
            }
            System.err.printf("akhbar: done in %.1f s, %d bad records%s, %d warnings%s%n", (System.nanoTime() - t0) / 1e9,
                    counts.bad(), counts.bad() > 0 ? " (see " + positional.get(1) + "/kind=bad)" : "",
                    counts.warnings(), counts.warnings() > 0 ? " (see " + positional.get(1) + "/kind=warning)" : "");
            if (counts.bad() > 0) {
                System.exit(1);
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.println("akhbar: " + e.getMessage());
            System.err.println("usage: SparkPipelineJob IN[,IN...] OUT [--steps a,b] [--profile p] [--ref yyyy-MM-dd]"
                    + " [--partitions N]");
            System.exit(2);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /**
     * The error record for a bad line: {@code {"where": ..., "error": ..., "line": ...}}, written
     * with the library's Jackson so that any line and message give valid JSON; {@code line} is the
     * raw input, so a fixed record can be processed again.
     *
     * @param where the record's default id ({@code spark:<partition>:<n>})
     * @param error why
     * @param line  the raw input line
     * @return one line of JSON
     */
    static String errorRecord(String where, String error, String line) {
        return json("where", where, "error", error, "line", line);
    }

    /**
     * The record of one warning: {@code {"where": ..., "warning": ...}}.
     *
     * @param where   the record's default id ({@code spark:<partition>:<n>})
     * @param warning the warning, as the CLI prints it after {@code FILE:LINE: }
     * @return one line of JSON
     */
    static String warningRecord(String where, String warning) {
        return json("where", where, "warning", warning);
    }

    private static String json(String... namesAndValues) {
        StringWriter w = new StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                g.writeStringField(namesAndValues[i], namesAndValues[i + 1]);
            }
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Lazily maps a partition's lines, one at a time, so a partition never sits in memory. */
    private static final class Records implements Iterator<Tuple2<String, String>> {
        private final Iterator<String> input;
        private final Pipeline pipeline;
        private final String prefix;
        private final LocalDate ref;
        private final LongAccumulator bad;
        private final LongAccumulator warnings;
        /** Rows of the current line not yet returned: its record, then its warnings. */
        private final ArrayDeque<Tuple2<String, String>> rows = new ArrayDeque<>();
        private long n;

        Records(Iterator<String> input, Pipeline pipeline, String prefix, LocalDate ref, LongAccumulator bad,
                LongAccumulator warnings) {
            this.input = input;
            this.pipeline = pipeline;
            this.prefix = prefix;
            this.ref = ref;
            this.bad = bad;
            this.warnings = warnings;
        }

        @Override
        public boolean hasNext() {
            while (rows.isEmpty() && input.hasNext()) {
                String line = input.next();
                if (!line.isBlank()) {
                    process(line);
                }
            }
            return !rows.isEmpty();
        }

        @Override
        public Tuple2<String, String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.poll();
        }

        private void process(String line) {
            String id = prefix + (++n);
            try {
                Jsonl.Result r = Jsonl.processRecord(pipeline, line, id, ref);
                rows.add(new Tuple2<>(OK, r.json()));
                for (String w : r.warnings()) {
                    warnings.add(1);
                    rows.add(new Tuple2<>(WARNING, warningRecord(id, w)));
                }
            } catch (Jsonl.BadRecord e) {
                bad.add(1);
                rows.add(new Tuple2<>(BAD, errorRecord(id, e.getMessage(), line)));
            } catch (RuntimeException | StackOverflowError e) {
                // processors are total, so this is a bug; keep the record visible, as the CLI does
                bad.add(1);
                rows.add(new Tuple2<>(BAD, errorRecord(id, "processing failed: " + e, line)));
            }
        }
    }
}
