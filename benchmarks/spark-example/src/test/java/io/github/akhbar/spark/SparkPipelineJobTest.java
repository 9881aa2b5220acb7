package io.github.akhbar.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.akhbar.cli.Steps;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@link SparkPipelineJob} in Spark local mode ({@code local[2]}) and the real CLI
 * ({@code akhbar process}, as a subprocess) over the same JSONL, and checks that the outputs are
 * equal line for line, ordered by id, and that bad records are reported by both.
 *
 * <p>With {@code -Dakhbar.corpus=PATH} (the news-ar corpus) a spread sample of
 * {@code -Dakhbar.sample=N} articles is used (every k-th line); without it that test is skipped
 * and only the test's own small JSONL, written in our own words, runs.
 */
class SparkPipelineJobTest {

    private static final JsonFactory JSON = new JsonFactory();

    /** Bad lines mixed into every input: each must be reported, none dropped. */
    private static final List<String> BAD_LINES = List.of(
            "{\"id\": \"bad-1\", \"title\": \"بلا نص\"}",
            "not json at all",
            "{\"id\": \"bad-3\", \"text\": 42}",
            "[\"an\", \"array\"]");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("akhbar-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                // small splits, so that even the small input spans several partitions
                .config("spark.sql.files.maxPartitionBytes", "4096")
                .config("spark.sql.files.openCostInBytes", "0")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void ownSampleEqualsCliOutput(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(OwnSample.records());
        lines.addAll(2, BAD_LINES);
        lines.add(5, "   ");
        Path input = dir.resolve("own.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Comparison c = compare(input, dir);
        assertEquals(OwnSample.records().size(), c.spark().size());
        assertTrue(c.changed() > 0, "the steps changed no text: the sample does not exercise them");
        assertTrue(c.warnings() > 0, "the sample raises no warning");
        System.out.printf("akhbar-spark: own sample %d records + %d bad, %d partitions; %d texts changed, %d warnings;"
                + " outputs equal%n", c.spark().size(), BAD_LINES.size(), c.partitions(), c.changed(), c.warnings());
    }

    @Test
    void corpusSampleEqualsCliOutput(@TempDir Path dir) throws Exception {
        String corpus = System.getProperty("akhbar.corpus", "");
        assumeTrue(!corpus.isBlank(), "akhbar.corpus not set: run with -Dakhbar.corpus=/path/news-ar.jsonl.gz"
                + " to compare Spark and the CLI on a corpus sample (the own-sample test still runs)");
        int n = Integer.getInteger("akhbar.sample", 300);
        List<String> sample = sample(Paths.get(corpus), n);
        assertEquals(n, sample.size(), "corpus has fewer lines than the sample size");
        List<String> lines = new ArrayList<>(sample);
        for (int i = 0; i < BAD_LINES.size(); i++) {
            lines.add((i + 1) * lines.size() / (BAD_LINES.size() + 1), BAD_LINES.get(i));
        }
        Path input = dir.resolve("sample.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        // realistic splits here (the session default is tiny, to force partitions on small inputs)
        spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(1 << 20));
        Comparison c;
        try {
            c = compare(input, dir);
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", "4096");
        }
        assertEquals(n, c.spark().size());
        assertTrue(c.changed() > 0, "the steps changed no text in " + n + " articles");
        System.out.printf("akhbar-spark: corpus sample %d records + %d bad, %d partitions; Spark %.1f s, CLI %.1f s;"
                        + " %d texts changed, %d warnings; outputs equal%n",
                n, BAD_LINES.size(), c.partitions(), c.sparkSeconds(), c.cliSeconds(), c.changed(), c.warnings());
    }

    @Test
    void recordWithoutIdGetsPartitionAndRecordNumber(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("noid.jsonl");
        Files.write(input, List.of("{\"text\": \"  خبر   قصير  \"}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        SparkPipelineJob.Counts counts = new SparkPipelineJob(Steps.names(), "search", null)
                .run(spark, List.of(input.toString()), out.toString());
        assertEquals(new SparkPipelineJob.Counts(0, 0), counts);
        List<String> ok = readParts(out.resolve("kind=ok"));
        assertEquals(1, ok.size());
        assertEquals("spark:0:1", idOf(ok.get(0)));
    }

    /** The rows of the rules table in docs/spark.md and of the class Javadoc. */
    @Test
    void documentedRows(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("rows.jsonl");
        Files.write(input, List.of(
                "{\"id\":\"a1\",\"text\":\"  خبر   قصير  \"}",
                "{\"id\":\"a2\",\"title\":\"x\"}",
                "   ",
                "not json",
                "{\"id\":\"a3\",\"text\":\"x\",\"date\":\"soon\"}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        // one partition: a split may not be smaller than the open cost
        spark.conf().set("spark.sql.files.openCostInBytes", String.valueOf(1 << 20));
        SparkPipelineJob.Counts counts;
        try {
            counts = new SparkPipelineJob(List.of("whitespace"), "search", null)
                    .run(spark, List.of(input.toString()), out.toString());
        } finally {
            spark.conf().set("spark.sql.files.openCostInBytes", "0");
        }
        assertEquals(new SparkPipelineJob.Counts(2, 1), counts);
        assertEquals(List.of("{\"id\":\"a1\",\"text\":\"خبر قصير\",\"annotations\":[]}",
                        "{\"id\":\"a3\",\"text\":\"x\",\"annotations\":[],\"date\":\"soon\"}"),
                readParts(out.resolve("kind=ok")));
        assertEquals(List.of("{\"where\":\"spark:0:4\",\"warning\":\"\\\"date\\\" value 'soon' is not a date"
                        + " (yyyy-MM-dd, yyyy/MM/dd or dd/MM/yyyy), ignored as reference\"}"),
                readParts(out.resolve("kind=warning")));
        List<String> errors = readParts(out.resolve("kind=bad"));
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertEquals("{\"where\":\"spark:0:2\",\"error\":\"missing \\\"text\\\" field\","
                + "\"line\":\"{\\\"id\\\":\\\"a2\\\",\\\"title\\\":\\\"x\\\"}\"}", errors.get(0));
        assertEquals("spark:0:3", field(errors.get(1), "where"));
        assertTrue(field(errors.get(1), "error").startsWith("malformed JSON: "), errors.get(1));
        assertEquals("not json", lineOf(errors.get(1)));
    }

    @Test
    void negativePartitionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkPipelineJob(List.of("whitespace"), "search", null).withPartitions(-1));
        assertEquals("partitions must be >= 0, was -1", e.getMessage());
    }

    @Test
    void unknownStepFailsOnTheDriver() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkPipelineJob(List.of("no-such-step"), "search", null));
        assertTrue(e.getMessage().contains("no-such-step"), e.getMessage());
    }

    @Test
    void errorRecordIsValidJsonForAnyLine() throws IOException {
        String line = "{\"a\": \"\\\"quoted\\\" \u0000 \n\"";
        String json = SparkPipelineJob.errorRecord("spark:0:1", "malformed JSON", line);
        try (JsonParser p = JSON.createParser(json)) {
            Map<String, String> fields = new LinkedHashMap<>();
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fields.put(name, p.getText());
            }
            assertEquals(Map.of("where", "spark:0:1", "error", "malformed JSON", "line", line), fields);
        }
    }

    // ----------------------------------------------------------------------------------------

    /** Outputs of both runs, by id, after checking they are equal. */
    record Comparison(Map<String, String> spark, long partitions, double sparkSeconds, double cliSeconds,
            int changed, int warnings) {
    }

    private static Comparison compare(Path input, Path dir) throws Exception {
        List<String> steps = Steps.names();
        int badExpected = BAD_LINES.size();

        Path sparkOut = dir.resolve("spark-out");
        long t0 = System.nanoTime();
        SparkPipelineJob.Counts counts = new SparkPipelineJob(steps, "search", null)
                .run(spark, List.of(input.toString()), sparkOut.toString());
        double sparkSeconds = (System.nanoTime() - t0) / 1e9;
        List<String> sparkOk = readParts(sparkOut.resolve("kind=ok"));
        List<String> sparkBad = readParts(sparkOut.resolve("kind=bad"));
        List<String> sparkWarnings = readParts(sparkOut.resolve("kind=warning"));
        long partitions = countParts(sparkOut.resolve("kind=ok"));
        assertTrue(partitions >= 2, "input did not span several partitions");

        Path cliOut = dir.resolve("cli.jsonl");
        t0 = System.nanoTime();
        Cli cli = runCli(input, cliOut, steps);
        double cliSeconds = (System.nanoTime() - t0) / 1e9;
        List<String> cliOk = Files.readAllLines(cliOut, StandardCharsets.UTF_8);

        // bad records: reported by both, counted exactly, none dropped
        assertEquals(1, cli.status(), "CLI exit status with failed records; stderr:\n" + cli.stderr());
        List<String> cliErrors = cli.stderr().lines().filter(l -> l.startsWith("akhbar: error: "))
                .collect(Collectors.toList());
        assertEquals(badExpected, cliErrors.size(), cli.stderr());
        assertEquals(badExpected, sparkBad.size(), String.join("\n", sparkBad));
        assertEquals(badExpected, counts.bad());

        // warnings: the same messages as the CLI prints (after its "FILE:LINE: "), counted exactly
        List<String> cliWarnings = cli.stderr().lines().filter(l -> l.startsWith("akhbar: warning: "))
                .map(l -> l.substring(l.indexOf(": ", "akhbar: warning: ".length()) + 2)).sorted()
                .collect(Collectors.toList());
        List<String> sparkWarningTexts = sparkWarnings.stream().map(w -> field(w, "warning")).sorted()
                .collect(Collectors.toList());
        assertEquals(cliWarnings, sparkWarningTexts);
        assertEquals(cliWarnings.size(), counts.warnings());
        assertTrue(cli.stderr().contains(", " + cliWarnings.size() + " warnings, 0 inputs failed;"), cli.stderr());
        for (String bad : BAD_LINES) {
            assertTrue(sparkBad.stream().anyMatch(r -> lineOf(r).equals(bad)), "not reported: " + bad);
        }

        // good records: same ids, and for each id the same line, byte for byte
        Map<String, String> sparkById = byId(sparkOk);
        Map<String, String> cliById = byId(cliOk);
        assertEquals(cliById.keySet(), sparkById.keySet(), "ids differ");
        int changed = 0;
        for (Map.Entry<String, String> e : cliById.entrySet()) {
            assertEquals(e.getValue(), sparkById.get(e.getKey()), "record " + e.getKey());
        }
        Map<String, String> inputTextById = new TreeMap<>();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !BAD_LINES.contains(line)) {
                inputTextById.put(idOf(line), field(line, "text"));
            }
        }
        for (Map.Entry<String, String> e : sparkById.entrySet()) {
            if (!field(e.getValue(), "text").equals(inputTextById.get(e.getKey()))) {
                changed++;
            }
        }
        return new Comparison(sparkById, partitions, sparkSeconds, cliSeconds, changed, cliWarnings.size());
    }

    record Cli(int status, String stderr) {
    }

    /** The real command line, {@code akhbar process}, in its own JVM. */
    private static Cli runCli(Path input, Path out, List<String> steps) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Path err = out.resolveSibling("cli.stderr");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "io.github.akhbar.cli.Main", "process", "--steps", String.join(",", steps),
                "--threads", "2", "--out", out.toString(), input.toString())
                .redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "CLI did not finish");
        return new Cli(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Every k-th line of the corpus, {@code n} lines spread over all its sources. */
    private static List<String> sample(Path corpus, int n) throws IOException {
        long total;
        try (Stream<String> lines = open(corpus).lines()) {
            total = lines.filter(l -> !l.isBlank()).count();
        }
        long stride = Math.max(1, total / n);
        List<String> out = new ArrayList<>(n);
        try (BufferedReader r = open(corpus)) {
            long i = 0;
            String line;
            while ((line = r.readLine()) != null && out.size() < n) {
                if (!line.isBlank() && i++ % stride == 0) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static List<String> readParts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted()
                    .collect(Collectors.toList())) {
                all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private static long countParts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).count();
        }
    }

    private static Map<String, String> byId(List<String> records) {
        Map<String, String> m = new TreeMap<>();
        for (String r : records) {
            String previous = m.put(idOf(r), r);
            assertFalse(previous != null, "duplicate id " + idOf(r));
        }
        return m;
    }

    private static String idOf(String record) {
        return field(record, "id");
    }

    private static String lineOf(String errorRecord) {
        return field(errorRecord, "line");
    }

    /** The top-level string (or number, as text) field {@code name} of a JSON object. */
    private static String field(String json, String name) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                if (f.equals(name) && v.isScalarValue()) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
