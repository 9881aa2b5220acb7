package io.github.akhbar.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark input: distinct article texts sampled evenly across a JSONL(.gz) corpus (the corpus is
 * ordered by source, so taking its head would measure one outlet only). The corpus path comes from
 * the system property {@code akhbar.corpus}; without it, or if the file is missing, the sample
 * article bundled in the library jar is used (and a warning printed: such numbers are not for
 * quoting).
 */
public final class CorpusText {

    /** System property naming the corpus file. */
    public static final String PROPERTY = "akhbar.corpus";

    private CorpusText() {
    }

    /**
     * @param maxChars stop after about this many UTF-16 chars of text
     * @return article texts, in corpus order, sampled across the whole file
     */
    public static List<String> articles(long maxChars) {
        String path = System.getProperty(PROPERTY, "");
        if (path.isEmpty() || !Files.isRegularFile(Path.of(path))) {
            System.err.println("CorpusText: no corpus (-D" + PROPERTY + "=PATH); using the bundled sample article");
            return List.of(sample());
        }
        List<String> all = readAll(Path.of(path));
        long total = 0;
        for (String s : all) {
            total += s.length();
        }
        double keep = Math.min(1.0, (double) maxChars / Math.max(1, total));
        List<String> out = new ArrayList<>();
        double acc = 0;
        long chars = 0;
        for (String s : all) {
            acc += keep;
            if (acc >= 1.0) {
                acc -= 1.0;
                out.add(s);
                chars += s.length();
                if (chars >= maxChars) {
                    break;
                }
            }
        }
        return out;
    }

    /** @return every record's {@code "text"} */
    public static List<String> readAll(Path path) {
        JsonFactory f = new JsonFactory();
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                try (JsonParser p = f.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("text") && p.currentToken() == JsonToken.VALUE_STRING) {
                            out.add(p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** @return the sample article shipped in the library jar */
    public static String sample() {
        try (InputStream in = io.github.akhbar.Akhbar.class.getResourceAsStream("cli/sample-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the texts joined with blank lines, as one buffer */
    public static char[] concat(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append(t).append("\n\n");
        }
        char[] c = new char[sb.length()];
        sb.getChars(0, sb.length(), c, 0);
        return c;
    }

    /** @return total UTF-16 chars of the texts */
    public static long chars(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += t.length();
        }
        return n;
    }
}
