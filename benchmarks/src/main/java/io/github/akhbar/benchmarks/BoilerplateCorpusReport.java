package io.github.akhbar.benchmarks;

import io.github.akhbar.Document;
import io.github.akhbar.boilerplate.BoilerplateKind;
import io.github.akhbar.boilerplate.BoilerplateMention;
import io.github.akhbar.boilerplate.BoilerplateStripper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Corpus check for {@link BoilerplateStripper} (not part of {@code mvn verify}): runs the stripper
 * over every article of the corpus, counts removed lines per kind and per cue, and prints 100
 * removed and 100 kept short lines, sampled evenly, so that false positives and misses are visible.
 * Lines of only whitespace, no-break spaces and format characters count as blank, as they do for
 * the stripper. Single-threaded; the time it prints includes JIT warm-up and is not a benchmark.
 * The text samples are for reading only; {@code docs/boilerplate.md} keeps the counts.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.akhbar.benchmarks.BoilerplateCorpusReport \
 *      CORPUS.jsonl.gz [AGGRESSIVE]
 * </pre>
 */
public final class BoilerplateCorpusReport {

    private BoilerplateCorpusReport() {
    }

    /**
     * @param args the corpus path, optionally followed by a mode name
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: BoilerplateCorpusReport CORPUS.jsonl.gz [CONSERVATIVE|AGGRESSIVE]");
            System.exit(2);
        }
        BoilerplateStripper.Mode mode = args.length > 1 ? BoilerplateStripper.Mode.valueOf(args[1])
                : BoilerplateStripper.Mode.CONSERVATIVE;
        BoilerplateStripper stripper = BoilerplateStripper.builder().mode(mode).build();
        List<String> texts = CorpusText.readAll(Path.of(args[0]));
        Map<BoilerplateKind, Integer> perKind = new EnumMap<>(BoilerplateKind.class);
        Map<String, Integer> perCue = new TreeMap<>();
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        long lines = 0;
        long removedLines = 0;
        long articlesTouched = 0;
        long chars = 0;
        long t0 = System.nanoTime();
        for (String text : texts) {
            chars += text.length();
            Document doc = stripper.process(text);
            List<BoilerplateMention> ms = doc.annotations(BoilerplateMention.class);
            if (!ms.isEmpty()) {
                articlesTouched++;
            }
            for (BoilerplateMention m : ms) {
                perKind.merge(m.kind(), 1, Integer::sum);
                perCue.merge(m.kind() + "\t" + m.cue(), 1, Integer::sum);
                removedLines++;
                removed.add(m.kind() + "\t" + m.cue() + "\t" + clip(m.span().of(text)));
            }
            for (String line : doc.text().split("\n")) {
                if (!blank(line)) {
                    lines++;
                    if (line.length() <= 80) {
                        kept.add(clip(line));
                    }
                }
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        lines += removedLines;
        System.out.printf("mode %s: %d articles, %d chars, %d non-blank lines, %d removed (%.2f%%), "
                        + "%d articles touched, %d ms (single thread, includes warm-up)%n", mode, texts.size(), chars,
                lines, removedLines, 100.0 * removedLines / Math.max(1, lines), articlesTouched, ms);
        System.out.println("\n# removed lines per kind");
        for (Map.Entry<BoilerplateKind, Integer> e : perKind.entrySet()) {
            System.out.println(e.getKey() + "\t" + e.getValue());
        }
        System.out.println("\n# removed lines per cue");
        for (Map.Entry<String, Integer> e : perCue.entrySet()) {
            System.out.println(e.getKey() + "\t" + e.getValue());
        }
        System.out.println("\n# 100 removed lines (evenly sampled)");
        sample(removed, 100);
        System.out.println("\n# 100 kept short lines (evenly sampled, <= 80 chars)");
        sample(kept, 100);
    }

    private static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
        }
        return true;
    }

    private static void sample(List<String> items, int n) {
        if (items.isEmpty()) {
            return;
        }
        double step = Math.max(1.0, (double) items.size() / n);
        for (double i = 0; i < items.size() && i / step < n; i += step) {
            System.out.println(items.get((int) i));
        }
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 100 ? one.substring(0, 100) + "…" : one;
    }
}
