package io.github.akhbar.benchmarks;

import io.github.akhbar.Document;
import io.github.akhbar.normalize.ArabicNormalizer;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks that {@code ArabicNormalizer.luceneCompatible()} gives exactly the output of Lucene's
 * {@code ArabicNormalizer} on every article of a corpus (every JSONL record's {@code "text"}),
 * through all three faces: the {@code String} API, the {@code char[]} primitive and the document
 * processor. The one documented difference is told apart, counted and checked, not reported as a
 * failure: where Lucene's removal of a mark joins a lone high and a lone low surrogate into a
 * pair, {@code luceneCompatible()} keeps the mark, and the outputs must then differ only by such
 * kept marks. Prints the counts; exits 1 at the first other difference, naming the article (its
 * index among the records with a text, from 0) and the first differing output index.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.akhbar.benchmarks.LuceneParityCheck "CORPUS.jsonl.gz"
 * </pre>
 * where {@code CORPUS} is the path of a JSONL or JSONL.gz file.
 */
public final class LuceneParityCheck {

    private LuceneParityCheck() {
    }

    /**
     * @param args the corpus path (JSONL or JSONL.gz with a {@code "text"} field)
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LuceneParityCheck CORPUS.jsonl[.gz]");
            System.exit(2);
        }
        List<String> texts = CorpusText.readAll(Path.of(args[0]));
        ArabicNormalizer akhbar = ArabicNormalizer.luceneCompatible();
        org.apache.lucene.analysis.ar.ArabicNormalizer lucene = new org.apache.lucene.analysis.ar.ArabicNormalizer();
        long chars = 0;
        long changed = 0;
        long surrogateCases = 0;
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k);
            chars += t.length();
            char[] buf = t.toCharArray();
            String expected = new String(buf, 0, lucene.normalize(buf, buf.length));
            String viaString = akhbar.normalize(t);
            char[] mine = t.toCharArray();
            String viaChars = new String(mine, 0, akhbar.normalize(mine, 0, mine.length));
            String viaDocument = akhbar.process(Document.of(t)).text();
            if (!viaString.equals(viaChars) || !viaString.equals(viaDocument)) {
                String bad = viaString.equals(viaChars) ? viaDocument : viaChars;
                System.out.printf("FACES DISAGREE: article %d, first difference at output index %d%n", k,
                        firstDifference(viaString, bad));
                System.exit(1);
            }
            if (!expected.equals(viaString)) {
                if (joinsLoneSurrogates(t, expected) && expected.equals(withoutLuceneMarks(viaString))) {
                    surrogateCases++;
                } else {
                    System.out.printf("DIFFERENT: article %d, first difference at output index %d%n", k,
                            firstDifference(expected, viaString));
                    System.exit(1);
                }
            }
            if (!expected.equals(t)) {
                changed++;
            }
        }
        System.out.printf("identical: %d articles, %d chars (%d changed by the normalizer)%n",
                texts.size() - surrogateCases, chars, changed);
        if (surrogateCases > 0) {
            System.out.printf("documented difference (marks kept between lone surrogates): %d articles%n",
                    surrogateCases);
        }
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Whether {@code out} has fewer lone surrogates than {@code in}: two of them became a pair. */
    private static boolean joinsLoneSurrogates(String in, String out) {
        return loneSurrogates(out) < loneSurrogates(in);
    }

    private static long loneSurrogates(String s) {
        return s.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count();
    }

    /** {@code s} without the tatweel and harakat that Lucene removes. */
    private static String withoutLuceneMarks(String s) {
        return s.replaceAll("[\u0640\u064B-\u0652]", "");
    }
}
