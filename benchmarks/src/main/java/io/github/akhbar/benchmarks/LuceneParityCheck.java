package io.github.akhbar.benchmarks;

import io.github.akhbar.normalize.ArabicNormalizer;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks that {@code ArabicNormalizer.luceneCompatible()} gives exactly the output of Lucene's
 * {@code ArabicNormalizer} on every article of a corpus, through both the {@code String} API and
 * the {@code char[]} primitive. Prints the counts; exits 1 on the first difference, naming the
 * article and the first differing index.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.akhbar.benchmarks.LuceneParityCheck ../shared/corpus/news-ar.jsonl.gz
 * </pre>
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
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k);
            chars += t.length();
            char[] buf = t.toCharArray();
            String expected = new String(buf, 0, lucene.normalize(buf, buf.length));
            String viaString = akhbar.normalize(t);
            char[] mine = t.toCharArray();
            String viaChars = new String(mine, 0, akhbar.normalize(mine, 0, mine.length));
            if (!expected.equals(viaString) || !expected.equals(viaChars)) {
                String bad = expected.equals(viaString) ? viaChars : viaString;
                int i = 0;
                while (i < Math.min(bad.length(), expected.length()) && bad.charAt(i) == expected.charAt(i)) {
                    i++;
                }
                System.out.printf("DIFFERENT: article %d, first difference at output index %d%n", k, i);
                System.exit(1);
            }
            if (!expected.equals(t)) {
                changed++;
            }
        }
        System.out.printf("identical: %d articles, %d chars (%d changed by the normalizer)%n", texts.size(), chars,
                changed);
    }
}
