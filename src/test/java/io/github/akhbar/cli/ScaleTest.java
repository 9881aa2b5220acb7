package io.github.akhbar.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
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

/** The CLI at scale: bad input of every kind, huge lines, small heaps, interrupts. */
class ScaleTest {

    private static final Pattern SUMMARY =
            Pattern.compile("akhbar: (\\d+) read, (\\d+) written, (\\d+) failed, (\\d+) warnings");

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

    static int[] summary(String err) {
        Matcher m = SUMMARY.matcher(err);
        assertTrue(m.find(), "no summary line in: " + err);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
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
        int repeat = 0;
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(record(1));
            w.write("\n{\"id\":\"huge\",\"text\":\"");
            long bytes = 0;
            while (bytes < 50_000_000L) {
                w.write(piece);
                bytes += piece.getBytes(StandardCharsets.UTF_8).length;
                repeat++;
            }
            w.write("\"}\n");
            w.write(record(3));
            w.write('\n');
        }
        assertTrue(Files.size(f) > 50_000_000L);
        Path out = dir.resolve("out.jsonl");
        MainTest.Run r = MainTest.run("", "process", "--threads", "2", "--out", out.toString(), f.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(3, summary(r.err())[1]);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of("r1", "huge", "r3"), List.of(idOf(lines.get(0)), idOf(lines.get(1)), idOf(lines.get(2))));
        assertTrue(lines.get(1).length() > 20_000_000, "the huge document lost text");
        assertTrue(repeat > 100);
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
    void aBinaryFileIsReportedAndTheOtherInputsStillRun(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("image.txt");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 131 + 7);
        }
        Files.write(bin, bytes);
        Path binJsonl = dir.resolve("blob.jsonl");
        Files.write(binJsonl, bytes);
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, record(1) + "\n" + record(2) + "\n", StandardCharsets.UTF_8);
        MainTest.Run r = MainTest.run("", "process", bin.toString(), binJsonl.toString(), good.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(bin + ": invalid UTF-8 at byte"), r.err());
        assertTrue(r.err().contains(binJsonl + ":1: "), r.err());
        int[] s = summary(r.err());
        assertEquals(2, s[1]);
        assertEquals(s[0], s[1] + s[2], "read = written + failed");
        assertEquals(List.of("r1", "r2"), List.of(idOf(r.lines().get(0)), idOf(r.lines().get(1))));
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

    @Test
    void aLargeGzipInputStreamsThroughASmallHeap(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("big.jsonl.gz");
        long records = 0;
        long bytes = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(in), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            while (bytes < 96_000_000L) {
                String line = record(records++) + "\n";
                w.write(line);
                bytes += line.length() * 2L; // Arabic letters take two bytes in UTF-8
            }
        }
        Path out = dir.resolve("out.jsonl.gz");
        Process p = cli(dir, "-Xmx40m", "process", "--threads", "2", "--quiet", "--out", out.toString(), in.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "did not finish");
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        int[] s = summary(err);
        assertEquals(records, s[0]);
        assertEquals(records, s[1]);
    }

    @Test
    void anInterruptFinishesWhatWasReadAndLeavesOnlyCompleteLines(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        Process p = cli(dir, "-Xmx128m", "process", "--format", "jsonl", "--threads", "2", "--out", out.toString())
                .start();
        // feed records through a pipe that stays open, so the run is still reading when the signal comes
        int fed = 0;
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            for (; fed < 6000; fed++) {
                w.write(record(fed));
                w.write('\n');
            }
            w.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((!Files.exists(out) || Files.size(out) == 0) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.size(out) > 0, "no output before the deadline");
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not stop after SIGTERM");
        } catch (IOException e) {
            // the pipe closes when the process ends; what was written is checked below
        }
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(128 + 15, p.exitValue(), err);
        assertTrue(err.contains("interrupted"), err);
        int[] s = summary(err);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(s[1], lines.size(), "summary and output disagree");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals("r" + i, idOf(lines.get(i)), "output is not the input prefix in order");
        }
        assertEquals(0, s[2], "a record cut by the stop was reported as failed");
    }
}
