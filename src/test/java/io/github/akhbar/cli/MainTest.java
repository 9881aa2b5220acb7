package io.github.akhbar.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI contract of docs/cli.md, run in-process. */
class MainTest {

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run run(byte[] stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), false, args);
    }

    /**
     * Runs {@code process --steps STEPS --format jsonl} over one record holding {@code text} (which
     * must need no JSON escaping), checks the run succeeded with one output line whose annotation
     * offsets are true, and returns that line.
     */
    static String processOne(String text, String steps) throws IOException {
        Run r = run("{\"id\":\"r\",\"text\":\"" + text + "\"}\n", "process", "--steps", steps, "--format", "jsonl");
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.lines().size(), r.out());
        String line = r.lines().get(0);
        assertOffsetsTrue(line, text);
        return line;
    }

    /** Checks that every annotation's "text" equals original.substring(start, end). */
    static void assertOffsetsTrue(String outputLine, String original) throws IOException {
        try (JsonParser p = Jsonl.FACTORY.createParser(outputLine)) {
            int depth = 0;
            Integer start = null;
            Integer end = null;
            String text = null;
            boolean inAnnotations = false;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inAnnotations = p.currentName().equals("annotations");
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (inAnnotations && depth == 3 && t == JsonToken.END_OBJECT) {
                        assertEquals(original.substring(start, end), text, outputLine);
                        start = end = null;
                        text = null;
                    }
                    depth--;
                } else if (inAnnotations && depth == 3 && t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "start" -> start = p.getIntValue();
                        case "end" -> end = p.getIntValue();
                        case "text" -> text = p.getText();
                        default -> p.skipChildren();
                    }
                }
            }
        }
    }

    @Test
    void processesJsonlInInputOrderWithPassThroughFields() throws IOException {
        String in = "{\"id\":\"a\",\"text\":\"  نص   أول \",\"site\":{\"n\":[1,2]}}\n"
                + "{\"text\":\"ثاني\",\"date\":\"2024-11-08 10:00:00\"}\n";
        Run r = run(in, "process", "--steps", "whitespace", "--format", "jsonl", "--threads", "1");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.lines().size());
        assertEquals("{\"id\":\"a\",\"text\":\"نص أول\",\"annotations\":[],\"site\":{\"n\":[1,2]}}", r.lines().get(0));
        assertEquals("{\"id\":\"<stdin>:2\",\"text\":\"ثاني\",\"annotations\":[],\"date\":\"2024-11-08 10:00:00\"}",
                r.lines().get(1));
        assertTrue(r.err().contains("2 read, 2 written, 0 failed, 0 warnings, 0 inputs failed"), r.err());
    }

    @Test
    void badRecordsAreReportedWithLineNumbersCountedAndTheRestProcessed() {
        String in = "{\"text\":\"a\"}\n{not json\n{\"id\":\"x\"}\n{\"text\":5}\n\n{\"text\":\"b\"}\n[1]\n";
        Run r = run(in, "process", "--format", "jsonl");
        assertEquals(1, r.status());
        assertEquals(2, r.lines().size());
        assertTrue(r.err().contains("<stdin>:2: malformed JSON"), r.err());
        assertTrue(r.err().contains("<stdin>:3: missing \"text\" field"), r.err());
        assertTrue(r.err().contains("<stdin>:4: \"text\" must be a string, was a number"), r.err());
        assertTrue(r.err().contains("<stdin>:7: not a JSON object"), r.err());
        assertTrue(r.err().contains("6 read, 2 written, 4 failed"), r.err());
    }

    @Test
    void jacksonLimitsMakeABadRecordNotACrash() {
        String deep = "{\"text\":\"a\",\"x\":" + "[".repeat(1001) + "]".repeat(1001) + "}\n";
        String ok = "{\"text\":\"b\",\"x\":" + "[".repeat(999) + "]".repeat(999) + "}\n";
        String longName = "{\"text\":\"c\",\"" + "n".repeat(50_001) + "\":1}\n";
        Run r = run(deep + ok + longName, "process", "--steps", "whitespace", "--format", "jsonl");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("<stdin>:1: malformed JSON: Document nesting depth (1001) exceeds"), r.err());
        assertTrue(r.err().contains("<stdin>:3: malformed JSON: Name length (50001) exceeds"), r.err());
        assertEquals(1, r.lines().size());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", value = {
        "2013-05-01 12:00:00  | 2013-05-01",
        "2017-01-25T09:00:00Z | 2017-01-25",
        "2024/11/08           | 2024-11-08",
        "17/05/2015           | 2015-05-17",
        "17-05-2015           | 2015-05-17",
        "17.05.2015 10:00     | 2015-05-17",
        "2024-02-29           | 2024-02-29",
        "2023-02-29           | -",
        "2024-13-01           | -",
        "2024-11-081          | -",
        "2024-11-08٣          | -",
        "2024-11/08           | -",
        "+1/05/2015           | -",
        "٢٠٢٤-11-08           | -",
        "2024-11-0            | -",
        "soon                 | -"})
    void dateValuesOfTheDocumentedForms(String value, String expected) {
        assertEquals(expected == null ? null : java.time.LocalDate.parse(expected), Jsonl.parseDate(value.strip()));
    }

    @Test
    void lenientExitsZeroDespiteFailures() {
        Run r = run("{oops\n", "process", "--format", "jsonl", "--lenient");
        assertEquals(0, r.status());
        assertTrue(r.err().contains("1 failed"));
    }

    @Test
    void invalidUtf8IsReportedNotReplaced() {
        byte[] good = "{\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] in = new byte[good.length + bad.length];
        System.arraycopy(bad, 0, in, 0, bad.length);
        System.arraycopy(good, 0, in, bad.length, good.length);
        Run r = run(in, false, "process", "--format", "jsonl");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("<stdin>:1: invalid UTF-8 at byte 9"), r.err());
        assertEquals(1, r.lines().size());
        assertTrue(!r.out().contains("\uFFFD"));
    }

    @Test
    void unknownStepListsTheValidOnes() {
        Run r = run("", "process", "--steps", "whitespace,nope");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown step 'nope'; valid steps: "), r.err());
        assertTrue(r.err().contains("whitespace"), r.err());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, run("", "process", "--threads", "0").status());
        assertEquals(2, run("", "process", "--ref", "yesterday").status());
        assertEquals(2, run("", "process", "--format", "xml").status());
        assertEquals(2, run("", "process", "--bogus").status());
        assertEquals(2, run("", "process", "--steps").status());
        assertEquals(2, run("", "frobnicate").status());
    }

    @Test
    void helpOnEveryCommand() {
        Run top = run("", "--help");
        assertEquals(0, top.status());
        assertTrue(top.err().contains("Commands:"));
        Run process = run("", "process", "--help");
        assertEquals(0, process.status());
        assertTrue(process.err().contains("--steps LIST"));
        assertTrue(run("", "help", "process").err().contains("--steps LIST"));
    }

    @Test
    void orderIsKeptAcrossThreads() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            in.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append("كلمة  ".repeat(i % 37)).append(i)
                    .append("\"}\n");
        }
        Run r = run(in.toString(), "process", "--format", "jsonl", "--threads", "4");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.lines();
        assertEquals(500, lines.size());
        for (int i = 0; i < 500; i++) {
            assertTrue(lines.get(i).startsWith("{\"id\":\"r" + i + "\","), lines.get(i));
        }
    }

    @Test
    void readsFilesGzipAndDirectoriesAndWritesGzip(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/a.txt"), "  مقال  من ملف ");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(sub.resolve("b.jsonl.gz")))) {
            os.write("{\"id\":\"g1\",\"text\":\"x  y\"}\n{\"id\":\"g2\",\"text\":\"z\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(sub.resolve("ignored.csv"), "a,b");
        Path out = dir.resolve("out.jsonl.gz");
        Run r = run("", "process", "--out", out.toString(), dir.resolve("in").toString());
        assertEquals(0, r.status(), r.err());
        String written;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = written.split("\n");
        assertEquals(3, lines.length, written);
        assertTrue(lines[0].contains("\"text\":\"مقال من ملف\""), lines[0]);
        assertTrue(lines[1].startsWith("{\"id\":\"g1\",\"text\":\"x y\""), lines[1]);
        assertTrue(lines[2].startsWith("{\"id\":\"g2\""), lines[2]);
    }

    @Test
    void truncatedGzipIsReportedAndCounted(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream os = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                os.write(("{\"id\":\"" + i + "\",\"text\":\"نص رقم " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        Path f = dir.resolve("cut.jsonl.gz");
        Files.write(f, cut);
        long complete = completeLinesBeforeTheCut(cut);
        assertTrue(complete > 100 && complete < 2000, "the cut is not in the middle: " + complete);
        Run r = run("", "process", "--steps", "whitespace", f.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("cut.jsonl.gz: read error after line " + complete + ": "), r.err());
        // every complete line before the cut is a record, read and written; the input counts as failed
        assertEquals(complete, r.lines().size());
        assertTrue(r.err().contains(complete + " read, " + complete + " written, 0 failed, 0 warnings, 1 inputs failed"),
                r.err());
    }

    /** Lines ended by a newline in the part of a gzip stream that decompresses before the cut. */
    private static long completeLinesBeforeTheCut(byte[] truncatedGzip) {
        long newlines = 0;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(truncatedGzip))) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    newlines++;
                }
            }
        } catch (IOException expected) {
            // the cut
        }
        return newlines;
    }

    @Test
    void missingFileIsReportedAndOthersStillRun(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "نص");
        Run r = run("", "process", dir.resolve("missing.jsonl").toString(), ok.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.lines().size());
        assertTrue(r.err().contains("missing.jsonl: cannot read: no such file"), r.err());
        assertTrue(r.err().contains("1 read, 1 written, 0 failed, 0 warnings, 1 inputs failed"), r.err());
        assertEquals(0, run("", "process", "--lenient", dir.resolve("missing.jsonl").toString()).status());
    }

    @Test
    void sampleOptionProcessesTheBundledArticleWithoutATerminal() throws IOException {
        Run r = run("ignored", "process", "--sample");
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.lines().size());
        assertTrue(r.lines().get(0).startsWith("{\"id\":\"sample-article.txt\","), r.lines().get(0));
        assertTrue(!r.err().contains("no input given"), r.err());
    }

    @Test
    void bundledSampleWhenStdinIsATerminal() throws IOException {
        Run r = run(new byte[0], true, "process");
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.lines().size());
        assertTrue(r.err().contains("bundled sample article"), r.err());
        String original;
        try (var in = Main.class.getResourceAsStream("sample-article.txt")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertOffsetsTrue(r.lines().get(0), original);
    }

    @Test
    void emptyInputWritesNothingAndSucceeds() {
        Run r = run("", "process", "--format", "jsonl");
        assertEquals(0, r.status());
        assertEquals(List.of(), r.lines());
        Run text = run("", "process");
        assertEquals(1, text.lines().size(), "an empty text document is still a document");
    }

    @Test
    void inputAnnotationsFieldIsReplacedWithAWarning() {
        Run r = run("{\"text\":\"a\",\"annotations\":[1]}\n", "process", "--steps", "whitespace", "--format", "jsonl");
        assertEquals(0, r.status());
        assertTrue(r.err().contains("warning: <stdin>:1: input field \"annotations\" replaced"), r.err());
        assertEquals("{\"id\":\"<stdin>:1\",\"text\":\"a\",\"annotations\":[]}", r.lines().get(0));
    }

    @Test
    void datesOwnTheirDigitsWhenBothStepsRun() throws IOException {
        String text = "افتتح المعرض يوم 7 نونبر 2024 بمشاركة 40 دارا";
        String in = "{\"id\":\"d\",\"text\":\"" + text + "\"}\n";
        Run both = run(in, "process", "--steps", "numbers,dates", "--format", "jsonl");
        Run numbersOnly = run(in, "process", "--steps", "numbers", "--format", "jsonl");
        assertEquals(0, both.status(), both.err());
        String line = both.lines().get(0);
        assertTrue(line.contains("\"type\":\"date\""), line);
        assertTrue(line.contains("\"value\":\"2024-11-07\""), line);
        assertTrue(line.contains("\"text\":\"40\""), line);
        assertTrue(!line.contains("\"text\":\"2024\""), "2024 reported twice: " + line);
        assertTrue(numbersOnly.lines().get(0).contains("\"text\":\"2024\""), numbersOnly.out());
        assertOffsetsTrue(line, text);
    }

    @Test
    void tokenizePrintsOneTokenPerLineWithOriginalOffsets() {
        String text = "\u0627\u0644\u062f\u0648\u0631\u0629 \u0627\u0644\u0640" + "92\u060c ok";
        Run r = run(text, "tokenize");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("0\t6\tarabic\t" + text.substring(0, 6), "7\t10\tarabic\t" + text.substring(7, 10),
                "10\t12\tnumber+marker\t92", "12\t13\tpunct\t\u060c", "14\t16\tlatin\tok"), r.lines());
        Run search = run(text, "tokenize", "--search");
        assertTrue(search.lines().stream().noneMatch(l -> l.contains("punct")), search.out());
        assertEquals(2, run(text, "tokenize", "--bogus").status());
        assertEquals(1, run(new byte[] {(byte) 0xff, 'a'}, false, "tokenize").status());
    }

    static Run runOnTerminal(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false, true, new AtomicBoolean());
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void progressOnATerminalIsErasedBeforeMessagesAndTheSummary(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"text\":\"a\"}\n{oops\n{\"text\":\"b\"}\n", StandardCharsets.UTF_8);
        Run r = runOnTerminal("", "process", "--steps", "whitespace", in.toString());
        assertEquals(1, r.status(), r.err());
        // drawn at the start: the total size of the directory's files is known, so a percentage shows
        assertTrue(r.err().startsWith(Progress.CLEAR + "0 docs, 0.0 MB, 0.0 MB/s, 0%"), r.err());
        assertTrue(r.err().contains(Progress.CLEAR + "akhbar: error: " + in.resolve("a.jsonl") + ":2: malformed JSON"),
                r.err());
        assertTrue(r.err().contains(Progress.CLEAR + "akhbar: step whitespace"), r.err());
        Run stdin = runOnTerminal("{\"text\":\"a\"}\n", "process", "--steps", "whitespace", "--format", "jsonl");
        assertTrue(stdin.err().startsWith(Progress.CLEAR + "0 docs, 0.0 MB, 0.0 MB/s" + Progress.CLEAR), stdin.err());
    }

    @Test
    void quietOrNoTerminalMeansNoProgress() {
        String in = "{\"text\":\"a\",\"date\":\"soon\"}\n";
        Run quiet = runOnTerminal(in, "process", "--quiet", "--format", "jsonl");
        assertEquals(0, quiet.status(), quiet.err());
        assertTrue(!quiet.err().contains("\r") && !quiet.err().contains("warning:"), quiet.err());
        assertTrue(quiet.err().contains("1 read, 1 written, 0 failed, 1 warnings"), quiet.err());
        Run pipe = run(in, "process", "--format", "jsonl");
        assertTrue(!pipe.err().contains("\r") && pipe.err().contains("warning: <stdin>:1: \"date\""), pipe.err());
    }

    /** An output that breaks after some bytes, as a pipe does when its reader exits. */
    static final class BreakingOutput extends OutputStream {
        private long left;
        long writesAfterBreak;

        BreakingOutput(long bytes) {
            left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (left < len) {
                writesAfterBreak++;
                throw new IOException("Broken pipe");
            }
            left -= len;
        }
    }

    @Test
    void aBrokenOutputStopsTheRunWithStatus3() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            in.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append("كلمة ".repeat(20)).append("\"}\n");
        }
        for (String threads : List.of("1", "2")) {
            BreakingOutput out = new BreakingOutput(100_000);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"process", "--format", "jsonl", "--threads", threads},
                    new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out,
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            String e = err.toString(StandardCharsets.UTF_8);
            assertEquals(3, status, e);
            assertTrue(e.contains("akhbar: error: cannot write output: Broken pipe; stopped reading"), e);
            int[] s = ScaleTest.summary(e);
            assertTrue(s[0] < 5_000, "went on reading after the output broke: " + e);
            assertTrue(out.writesAfterBreak <= 2, "kept writing: " + out.writesAfterBreak);
        }
    }

    @Test
    void directoriesTakeBareGzFilesInTheFormatGiven(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(in.resolve("feed.gz")))) {
            os.write("{\"id\":\"f1\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(in.resolve("table.csv.gz")))) {
            os.write("a,b\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(ProcessCommand.isCorpusFile(in.resolve("feed.gz")));
        assertTrue(!ProcessCommand.isCorpusFile(in.resolve("table.csv.gz")));
        assertTrue(!ProcessCommand.isCorpusFile(in.resolve(".gz")));
        Run jsonl = run("", "process", "--steps", "whitespace", "--format", "jsonl", in.toString());
        assertEquals(0, jsonl.status(), jsonl.err());
        assertEquals(List.of("{\"id\":\"f1\",\"text\":\"x\",\"annotations\":[]}"), jsonl.lines());
        Run text = run("", "process", "--steps", "whitespace", in.toString());
        assertEquals(1, text.lines().size());
        assertTrue(text.lines().get(0).startsWith("{\"id\":\"" + in.resolve("feed.gz") + "\""), text.out());
    }

    @Test
    void gzipOutputIsOneStreamOfMembersAndValidWhenEmpty(@TempDir Path dir) throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            in.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append("نص ".repeat(i % 50)).append("\"}\n");
        }
        Path out = dir.resolve("out.jsonl.gz");
        Run r = run(in.toString(), "process", "--steps", "whitespace", "--format", "jsonl", "--threads", "2",
                "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        String[] lines;
        try (GZIPInputStream gz = new GZIPInputStream(Files.newInputStream(out))) {
            lines = new String(gz.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        assertEquals(1000, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("{\"id\":\"r" + i + "\","), lines[i]);
        }
        // read back through standard input, where available() says nothing about the next member
        Run back = run(Files.readAllBytes(out), false, "process", "--steps", "whitespace", "--format", "jsonl");
        assertEquals(0, back.status(), back.err());
        assertEquals(1000, back.lines().size(), back.err());
        Path empty = dir.resolve("empty.jsonl.gz");
        assertEquals(0, run("", "process", "--format", "jsonl", "--out", empty.toString()).status());
        try (GZIPInputStream gz = new GZIPInputStream(Files.newInputStream(empty))) {
            assertEquals(0, gz.readAllBytes().length);
        }
    }

    @Test
    void gzipMembersAreReadToTheEndFromAPipe() throws IOException {
        byte[][] members = new byte[3][];
        for (int i = 0; i < members.length; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (OutputStream os = new GZIPOutputStream(b)) {
                os.write(("member " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
            members[i] = b.toByteArray();
        }
        // like a pipe: one member per read, and available() is 0 between them
        java.io.InputStream pipe = new java.io.InputStream() {
            private int member;
            private int pos;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (member == members.length) {
                    return -1;
                }
                int n = Math.min(len, members[member].length - pos);
                System.arraycopy(members[member], pos, b, off, n);
                pos += n;
                if (pos == members[member].length) {
                    member++;
                    pos = 0;
                }
                return n;
            }
        };
        String all = new String(ProcessCommand.maybeGunzip(pipe).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("member 0\nmember 1\nmember 2\n", all);
    }

    @Test
    void aBareCarriageReturnDoesNotEndALine() {
        Run r = run("{\"text\":\"a\"}\r{\"text\":\"b\"}\n{\"text\":\"c\"}\r\n", "process", "--steps", "whitespace",
                "--format", "jsonl");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("<stdin>:1: trailing content after the JSON object"), r.err());
        assertEquals(List.of("{\"id\":\"<stdin>:2\",\"text\":\"c\",\"annotations\":[]}"), r.lines());
    }

    @Test
    void messagesComeInInputOrderOnThreads() {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            in.append(i % 100 == 0 ? "{bad " + i : "{\"text\":\"" + "كلمة ".repeat(i % 40) + "\"}").append('\n');
        }
        Run r = run(in.toString(), "process", "--steps", "whitespace,tokens", "--format", "jsonl", "--threads", "4");
        List<String> errors = r.err().lines().filter(l -> l.startsWith("akhbar: error: ")).toList();
        assertEquals(30, errors.size(), r.err());
        for (int k = 0; k < errors.size(); k++) {
            assertTrue(errors.get(k).startsWith("akhbar: error: <stdin>:" + (k + 1) * 100 + ": "), errors.get(k));
        }
    }

    @Test
    void plainTextOnStdinCutShortByAnInterruptIsNotProcessed() {
        AtomicBoolean stop = new AtomicBoolean();
        java.io.InputStream stdin = new java.io.InputStream() {
            private boolean first = true;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (first) {
                    first = false;
                    byte[] text = "نص مقطوع".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(text, 0, b, off, text.length);
                    stop.set(true); // the signal arrives while the rest has not come yet
                    return text.length;
                }
                try {
                    new java.util.concurrent.CountDownLatch(1).await(); // a pipe that never ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"process"}, stdin, out, new PrintStream(err, true, StandardCharsets.UTF_8),
                false, false, stop);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.EXIT_INTERRUPTED, status, e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(e.contains("akhbar: <stdin>: the interrupt cut the text short; it was not processed"), e);
        assertTrue(e.contains("0 read, 0 written, 0 failed"), e);
    }

    @Test
    void versionIsPrinted() {
        Run r = run("", "--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("akhbar "));
    }

    static List<String> nonEmpty(String[] a) {
        List<String> l = new ArrayList<>();
        for (String s : a) {
            if (!s.isEmpty()) {
                l.add(s);
            }
        }
        return l;
    }
}
