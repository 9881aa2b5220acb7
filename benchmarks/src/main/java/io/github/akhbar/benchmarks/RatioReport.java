package io.github.akhbar.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff results.json}) into one Markdown table per
 * benchmark method: ops/s with its error, M chars/s, MB/s of UTF-8 text, and the ratio to a
 * baseline row of the same run. Every benchmark here processes the same corpus sample once per
 * operation ({@link CorpusText#articles(long)} with the {@code chars} parameter), so the sample is
 * rebuilt to turn ops/s into chars/s; pass the same {@code -Dakhbar.corpus} as the run.
 *
 * <pre>
 * java -Dakhbar.corpus=CORPUS.jsonl.gz -cp benchmarks/target/benchmarks.jar \
 *     io.github.akhbar.benchmarks.RatioReport results.json TokenizerBenchmark=LUCENE_STANDARD
 * </pre>
 *
 * Arguments after the file name pick the baseline per benchmark class ({@code Class=paramValue});
 * without one, the first row is the baseline.
 */
public final class RatioReport {

    private RatioReport() {
    }

    /** One result row. */
    record Row(String benchmark, Map<String, String> params, double score, double error, String unit) {
    }

    /**
     * @param args the JSON file, then {@code Class=baseline} pairs
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: RatioReport results.json [Benchmark=BASELINE_PARAM ...]");
            System.exit(2);
        }
        Map<String, String> baselines = new LinkedHashMap<>();
        for (int k = 1; k < args.length; k++) {
            String[] kv = args[k].split("=", 2);
            baselines.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        Map<String, List<Row>> byBenchmark = new LinkedHashMap<>();
        for (Row r : read(Path.of(args[0]))) {
            byBenchmark.computeIfAbsent(r.benchmark(), b -> new ArrayList<>()).add(r);
        }
        Map<String, long[]> samples = new LinkedHashMap<>();
        for (Map.Entry<String, List<Row>> e : byBenchmark.entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('.', e.getKey().lastIndexOf('.') - 1) + 1);
            String cls = name.substring(0, name.indexOf('.'));
            List<Row> rows = e.getValue();
            String chars = rows.get(0).params().getOrDefault("chars", "4000000");
            long[] size = samples.computeIfAbsent(chars, c -> sampleSize(Long.parseLong(c)));
            Row base = rows.get(0);
            String wanted = baselines.get(cls);
            for (Row r : rows) {
                if (wanted != null && r.params().containsValue(wanted)) {
                    base = r;
                }
            }
            System.out.printf(Locale.ROOT, "%n### %s (%,d articles, %,d chars, %,d UTF-8 bytes per op)%n%n", name,
                    size[0], size[1], size[2]);
            System.out.println("| params | ops/s | M chars/s | MB/s (UTF-8) | × " + label(base) + " |");
            System.out.println("|---|---|---|---|---|");
            for (Row r : rows) {
                System.out.printf(Locale.ROOT, "| %s | %.2f ± %.2f | %.1f | %.1f | %.2f |%n", label(r), r.score(), r.error(),
                        r.score() * size[1] / 1e6, r.score() * size[2] / 1e6, r.score() / base.score());
            }
        }
    }

    private static String label(Row r) {
        List<String> parts = new ArrayList<>();
        r.params().forEach((k, v) -> {
            if (!k.equals("chars")) {
                parts.add(v);
            }
        });
        return parts.isEmpty() ? "-" : String.join(" ", parts);
    }

    /** Articles, UTF-16 chars and UTF-8 bytes of the sample a benchmark with {@code chars} reads. */
    private static long[] sampleSize(long chars) {
        List<String> texts = CorpusText.articles(chars);
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return new long[] {texts.size(), CorpusText.chars(texts), bytes};
    }

    /** Reads the array of JMH result objects (only the fields used here). */
    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + ": not a JMH JSON result array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String benchmark = null;
                Map<String, String> params = new LinkedHashMap<>();
                double score = Double.NaN;
                double error = Double.NaN;
                String unit = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "benchmark" -> benchmark = p.getText();
                        case "params" -> {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                p.nextToken();
                                params.put(k, p.getText());
                            }
                        }
                        case "primaryMetric" -> {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                p.nextToken();
                                switch (k) {
                                    case "score" -> score = p.getDoubleValue();
                                    case "scoreError" -> error = p.currentToken() == JsonToken.VALUE_STRING
                                            ? Double.NaN : p.getDoubleValue();
                                    case "scoreUnit" -> unit = p.getText();
                                    default -> p.skipChildren();
                                }
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                rows.add(new Row(benchmark, params, score, error, unit));
            }
        }
        return rows;
    }
}
