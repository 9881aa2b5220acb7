package io.github.akhbar.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The CLI at scale: bad input of every kind, huge lines, small heaps, interrupts. */
class ScaleTest {

    private static final Pattern SUMMARY =
            Pattern.compile("akhbar: (\\d+) read, (\\d+) written, (\\d+) failed, (\\d+) warnings, (\\d+) inputs failed");

    /** Words of our own, in a few scripts, to build varied records. */
    private static final String[] WORDS = {
        "\u0627\u0644\u0645\u062f\u064a\u0646\u0629", "\u0627\u0644\u0645\u062c\u0644\u0633",
        "\u0646\u0648\u0646\u0628\u0631", "\u0627\u0644\u062f\u0648\u0631\u0629", "\u0627\u0644\u0640\u0669\u0662",
        "2024", "\u0661\u0662\u0663", "\u0645\u0644\u064a\u0648\u0646", "%", "news", "\u060c", "\u061f",
        "\u0627\u0644\u0631\u0628\u0627\u0637", "\u0648\u0647\u0631\u0627\u0646", "  ", "\u0640",
    };

    static String words(long seed, int n) {
        StringBuilder sb = new StringBuilder();
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sb.append(WORDS[(int) ((x >>> 1) % WORDS.length)]).append(' ');
        }
        return sb.toString();
    }

    static String record(long i) {
        return "{\"id\":\"r" + i + "\",\"text\":\"" + words(i, 40) + "\"}";
    }

    /** @return the summary counts of a run's stderr: {read, written, failed, warnings, inputs failed} */
    static int[] summary(String err) {
        Matcher m = SUMMARY.matcher(err);
        assertTrue(m.find(), "no summary line in: " + err);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))};
    }

    /** Parses a line fully; fails the test if it is not one complete JSON object. */
    static String idOf(String line) throws IOException {
        String id = null;
        try (JsonParser p = Jsonl.FACTORY.createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken(), line);
            int depth = 1;
            JsonToken t;
            while (depth > 0 && (t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (depth == 1 && t == JsonToken.FIELD_NAME && p.currentName().equals("id")) {
                    p.nextToken();
                    id = p.getText();
                }
            }
            assertEquals(0, depth, "incomplete JSON line: " + line);
            assertEquals(null, p.nextToken(), "trailing content: " + line);
        }
        return id;
    }

    @Test
    void failFastStopsAtTheFirstBadRecord() {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            in.append(i == 3 ? "{\"text\": 12}" : record(i)).append('\n');
        }
        MainTest.Run r = MainTest.run(in.toString(), "process", "--format", "jsonl", "--fail-fast", "--threads", "1");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("<stdin>:3: \"text\" must be a string"), r.err());
        int[] s = summary(r.err());
        assertEquals(1, s[2]);
        assertTrue(s[1] < 399, "fail-fast went on: " + r.err());
        assertEquals(s[1], r.lines().size());
    }

    @Test
    void failFastOnThreadsStopsReadingSoonAfterTheBadRecord() throws IOException {
        StringBuilder in = new StringBuilder();
        int total = 20_000;
        for (int i = 1; i <= total; i++) {
            in.append(i == 3 ? "{\"text\": 12}" : record(i)).append('\n');
        }
        MainTest.Run r = MainTest.run(in.toString(), "process", "--format", "jsonl", "--fail-fast", "--threads", "2",
                "--steps", "whitespace");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("<stdin>:3: \"text\" must be a string"), r.err());
        int[] s = summary(r.err());
        assertEquals(1, s[2]);
        // what was read before the stop is finished and written, in order; the rest is not read
        assertTrue(s[1] < total / 2, "fail-fast went on: " + s[1] + " written");
        assertEquals(s[1], r.lines().size());
        for (int i = 0; i < r.lines().size(); i++) {
            int id = i < 2 ? i + 1 : i + 2;
            assertEquals("r" + id, idOf(r.lines().get(i)));
        }
    }

    @Test
    void withoutFailFastEveryOtherRecordIsWritten() {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            in.append(i % 50 == 0 ? "{not json" : record(i)).append('\n');
        }
        MainTest.Run r = MainTest.run(in.toString(), "process", "--format", "jsonl", "--threads", "2");
        assertEquals(1, r.status());
        int[] s = summary(r.err());
        assertEquals(400, s[0]);
        assertEquals(392, s[1]);
        assertEquals(8, s[2]);
        assertEquals(392, r.lines().size());
        assertTrue(r.err().contains("<stdin>:350: malformed JSON"), r.err());
    }

    @Test
    void aFiftyMegabyteSingleLineDocumentIsProcessed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.jsonl");
        String piece = words(7, 200);
        long hugeBytes = 0;
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(record(1));
            w.write("\n{\"id\":\"huge\",\"text\":\"");
            while (hugeBytes < 50_000_000L) {
                w.write(piece);
                hugeBytes += piece.getBytes(StandardCharsets.UTF_8).length;
            }
            w.write("\"}\n");
            w.write(record(3));
            w.write('\n');
        }
        assertTrue(Files.size(f) > 50_000_000L);
        Path out = dir.resolve("out.jsonl");
        // light steps: the point is the line length, not the annotations (all steps on 50 MB would
        // write millions of token objects and need gigabytes of heap for one document)
        MainTest.Run r = MainTest.run("", "process", "--steps", "whitespace,normalize", "--threads", "2",
                "--out", out.toString(), f.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(3, summary(r.err())[1]);
        // stream the output: three complete objects, one per line, the huge text intact in length
        List<String> ids = new ArrayList<>();
        long hugeChars = -1;
        try (InputStream in = Files.newInputStream(out); JsonParser p = Jsonl.FACTORY.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                assertEquals(JsonToken.START_OBJECT, t);
                String id = null;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("id")) {
                        id = p.getText();
                    } else if (name.equals("text") && "huge".equals(id)) {
                        hugeChars = p.getTextLength();
                    } else {
                        p.skipChildren();
                    }
                }
                assertEquals(JsonToken.END_OBJECT, t);
                ids.add(id);
            }
        }
        assertEquals(List.of("r1", "huge", "r3"), ids);
        assertEquals(3, newlines(out), "one line per record");
        // the words are 2-byte Arabic letters, ASCII digits and spaces: at least a third of the bytes are chars
        assertTrue(hugeChars > hugeBytes / 3, "the huge document lost text: " + hugeChars + " chars");
    }

    private static long newlines(Path file) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int k;
            while ((k = in.read(buf)) > 0) {
                for (int i = 0; i < k; i++) {
                    n += buf[i] == '\n' ? 1 : 0;
                }
            }
        }
        return n;
    }

    @Test
    void emptyFilesAreEmptyInputsNotErrors(@TempDir Path dir) throws IOException {
        Path emptyJsonl = Files.createFile(dir.resolve("a.jsonl"));
        Path emptyText = Files.createFile(dir.resolve("b.txt"));
        Path emptyGz = dir.resolve("c.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(emptyGz))) {
            o.flush();
        }
        MainTest.Run r = MainTest.run("", "process", emptyJsonl.toString(), emptyText.toString(), emptyGz.toString());
        assertEquals(0, r.status(), r.err());
        int[] s = summary(r.err());
        // the empty text file is one (empty) document; the empty JSONL files hold no records
        assertEquals(1, s[0]);
        assertEquals(1, s[1]);
        assertEquals(List.of(emptyText.toString()), List.of(idOf(r.lines().get(0))));
    }

    @Test
    void binaryFilesAreReportedWithFileAndLineAndTheOtherInputsStillRun(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 131 + 7);
        }
        Path image = Files.write(dir.resolve("image.txt"), noise);
        Path blob = Files.write(dir.resolve("blob.jsonl"), noise);
        // valid UTF-8 that is not text: NUL-filled after two lines, and mostly control characters
        byte[] zeros = new byte[4096];
        byte[] head = "a\nb\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, zeros, 0, head.length);
        Path nul = Files.write(dir.resolve("zeros.txt"), zeros);
        byte[] controls = "\u0001\u0002\u0003 abc \u0004\u0005\u0006\u0007\u0008\u000e\u000f\n".repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        Path ctl = Files.write(dir.resolve("controls.txt"), controls);
        Path invalid = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, record(1) + "\n" + record(2) + "\n", StandardCharsets.UTF_8);
        MainTest.Run r = MainTest.run("", "process", image.toString(), blob.toString(), nul.toString(),
                ctl.toString(), invalid.toString(), good.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(image + ": binary data, not text (NUL byte on line "), r.err());
        // the noise holds line feeds too: its first line is reported for what it holds
        assertTrue(r.err().contains(blob + ":1: binary data, not text (")
                || r.err().contains(blob + ":1: invalid UTF-8 at byte "), r.err());
        assertTrue(r.err().contains(nul + ": binary data, not text (NUL byte on line 3)"), r.err());
        assertTrue(r.err().contains(ctl + ": binary data, not text (62% control characters, the first on line 1)"),
                r.err());
        assertTrue(r.err().contains(invalid + ": invalid UTF-8 at byte 3"), r.err());
        int[] s = summary(r.err());
        assertEquals(2, s[1]);
        assertEquals(s[0], s[1] + s[2], "read = written + failed");
        assertTrue(s[2] >= 5, "every binary input is counted: " + r.err());
        assertEquals(List.of("r1", "r2"), List.of(idOf(r.lines().get(0)), idOf(r.lines().get(1))));
    }

    @Test
    void textWithAFewControlCharactersIsStillText() {
        assertEquals(null, RecordWork.binary("line\u0007 with a bell and an \u001b[1mescape\u001b[0m\n".repeat(3)
                .getBytes(StandardCharsets.UTF_8), 1));
        assertEquals("binary data, not text (NUL byte at byte 2 of the line)",
                RecordWork.binary(new byte[] {'{', '"', 0, '"'}, -1));
    }

    @Test
    void benchPrintsAFigureForEveryStepAndThePipeline(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("corpus.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append(record(i)).append('\n');
        }
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        MainTest.Run r = MainTest.run("", "bench", "--warmup", "0", "--rounds", "1", "--threads", "2", f.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("200 documents"), r.err());
        for (String step : Steps.names()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(step + " ")), "no row for " + step + ":\n" + r.out());
        }
        assertTrue(r.out().contains("pipeline, 1 thread"), r.out());
        assertTrue(r.out().contains("pipeline, 2 threads"), r.out());
        assertEquals(2, MainTest.run("", "bench").status());
        assertEquals(2, MainTest.run("", "bench", "--rounds", "0", f.toString()).status());
    }

    private static ProcessBuilder cli(Path dir, String heap, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(heap);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(dir.resolve("stderr.txt").toFile());
    }

    /**
     * Streaming: a gzip input four times the heap (as 1 GB is to {@code -Xmx256m}) runs through
     * it. One cheap step, so that the run fits the test budget; the full pipeline's output in
     * flight is the next test's subject.
     */
    @Test
    void aGzipInputFourTimesTheHeapStreamsThroughIt(@TempDir Path dir) throws Exception {
        assertSmallHeapRun(dir, "-Xmx16m", 64_000_000L, "whitespace");
    }

    /**
     * Output in flight: every step, whose JSON output (a token annotation per word) is about
     * twelve times the input here, so the output is several times the heap; what is in flight is
     * bounded by bytes, not by a count of batches.
     */
    @Test
    void theFullPipelineWritesOutputManyTimesTheHeapThroughIt(@TempDir Path dir) throws Exception {
        long outputBytes = assertSmallHeapRun(dir, "-Xmx16m", 6_000_000L, String.join(",", Steps.names()));
        assertTrue(outputBytes > 64_000_000L, "output only " + outputBytes + " bytes");
    }

    /** Runs {@code process --threads 2} in its own JVM with {@code heap}; returns the output's uncompressed bytes. */
    private static long assertSmallHeapRun(Path dir, String heap, long inputBytes, String steps) throws Exception {
        Path in = dir.resolve("big.jsonl.gz");
        long records = 0;
        long bytes = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(in), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            while (bytes < inputBytes) {
                String line = record(records++) + "\n";
                w.write(line);
                bytes += line.getBytes(StandardCharsets.UTF_8).length; // real UTF-8 bytes
            }
        }
        Path out = dir.resolve("out.jsonl.gz");
        Process p = cli(dir, heap, "process", "--threads", "2", "--quiet", "--steps", steps,
                "--out", out.toString(), in.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "did not finish");
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        int[] s = summary(err);
        assertEquals(records, s[0]);
        assertEquals(records, s[1]);
        long lines = 0;
        long outBytes = 0;
        try (InputStream gz = new java.util.zip.GZIPInputStream(Files.newInputStream(out), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            int k;
            while ((k = gz.read(buf)) > 0) {
                outBytes += k;
                for (int i = 0; i < k; i++) {
                    lines += buf[i] == '\n' ? 1 : 0;
                }
            }
        }
        assertEquals(records, lines, "output lines");
        return outBytes;
    }

    @Test
    void aClosedStdoutPipeStopsTheProcessWithStatus3(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        int total = 200_000;
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < total; i++) {
                w.write(record(i));
                w.write('\n');
            }
        }
        Process p = cli(dir, "-Xmx128m", "process", "--steps", "whitespace", "--threads", "2", in.toString()).start();
        // read a little, then close the pipe, as `akhbar process ... | head` does
        try (InputStream out = p.getInputStream()) {
            assertTrue(out.readNBytes(1000).length == 1000);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "went on after its output closed");
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("akhbar: error: cannot write output: Broken pipe; stopped reading"), err);
        assertTrue(summary(err)[0] < total, "read everything: " + err);
    }

    /** Whether this JVM was started with SIGINT ignored (a child inherits that, so SIGINT would do nothing). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }

    @Test
    void sigtermFinishesWhatWasReadAndLeavesOnlyCompleteLines(@TempDir Path dir) throws Exception {
        assertInterrupted(dir, "TERM", 128 + 15);
    }

    @Test
    void sigintFinishesWhatWasReadAndLeavesOnlyCompleteLines(@TempDir Path dir) throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored in this environment, so a child cannot receive it");
        assertInterrupted(dir, "INT", 128 + 2);
    }

    private static void assertInterrupted(Path dir, String signal, int status) throws Exception {
        Path out = dir.resolve("out.jsonl");
        Process p = cli(dir, "-Xmx128m", "process", "--format", "jsonl", "--threads", "2", "--steps", "whitespace",
                "--out", out.toString()).start();
        // feed records through a pipe that stays open, so the run is still reading when the signal comes
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            for (int fed = 0; fed < 6000; fed++) {
                w.write(record(fed));
                w.write('\n');
            }
            w.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((!Files.exists(out) || Files.size(out) == 0) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.size(out) > 0, "no output before the deadline");
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not stop after SIG" + signal);
        } catch (IOException e) {
            // the pipe closes when the process ends; what was written is checked below
        }
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(status, p.exitValue(), err);
        assertTrue(err.contains("akhbar: interrupted; every record read so far was finished and written"), err);
        int[] s = summary(err);
        List<String> lines = new ArrayList<>();
        try (java.io.BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        assertTrue(Files.size(out) == 0 || Files.readAllBytes(out)[(int) Files.size(out) - 1] == '\n',
                "the last line is cut");
        assertEquals(s[1], lines.size(), "summary and output disagree");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals("r" + i, idOf(lines.get(i)), "output is not the input prefix in order");
        }
        assertEquals(0, s[2], "a record cut by the stop was reported as failed");
        assertEquals(s[0], s[1], "read = written");
    }
}
