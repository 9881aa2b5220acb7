package io.github.akhbar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares with Lucene's StandardTokenizer: same words on plain Arabic prose; the deliberate
 * differences listed in docs/tokenization.md are each checked here.
 */
class LuceneComparisonTest {

    private static final ArabicTokenizer T = ArabicTokenizer.create();

    private static List<String> lucene(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (StandardTokenizer st = new StandardTokenizer()) {
            st.setReader(new StringReader(text));
            CharTermAttribute term = st.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = st.addAttribute(OffsetAttribute.class);
            st.reset();
            while (st.incrementToken()) {
                out.add(off.startOffset() + ":" + term);
            }
            st.end();
        }
        return out;
    }

    private static List<String> akhbarWords(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : T.tokenize(text)) {
            if (t.kind() != TokenType.PUNCT && t.kind() != TokenType.SYMBOL) {
                out.add(t.span().start() + ":" + t.text(text));
            }
        }
        return out;
    }

    private static String fixture() throws IOException {
        try (InputStream in = LuceneComparisonTest.class.getResourceAsStream("token-news.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void plainArabicProseGivesTheSameWords() throws IOException {
        String text = fixture();
        String prose = text.substring(0, text.indexOf("وانطلقت"));
        List<String> ours = akhbarWords(prose);
        assertTrue(ours.size() > 50, "fixture too small: " + ours.size());
        assertEquals(lucene(prose), ours);
    }

    @Test
    void deliberateDifferences() throws IOException {
        // الـ15: Lucene keeps one token; we split marker and number.
        assertEquals(List.of("0:الـ15"), lucene("الـ15"));
        assertEquals(List.of("0:الـ", "3:15"), akhbarWords("الـ15"));
        // 18:30 and 07/11/2024: Lucene splits at ':' and '/'; we keep one DATE_TIME.
        assertEquals(List.of("0:18", "3:30"), lucene("18:30"));
        assertEquals(List.of("0:18:30"), akhbarWords("18:30"));
        // e-mail and URL: Lucene's StandardTokenizer splits them (UAX29URLEmailTokenizer would not).
        assertTrue(lucene("info@example.ma").size() > 1);
        assertEquals(List.of("0:info@example.ma"), akhbarWords("info@example.ma"));
        // hashtags: Lucene drops '#'.
        assertEquals(List.of("1:المكتبة_الجديدة"), lucene("#المكتبة_الجديدة"));
        assertEquals(List.of("0:#المكتبة_الجديدة"), akhbarWords("#المكتبة_الجديدة"));
        // abbreviations: Lucene gives the letters; we give one token.
        assertEquals(List.of("0:و.م.ع"), akhbarWords("و.م.ع"));
        // letters glued to digits: Lucene keeps one token; we split.
        assertEquals(List.of("0:ب15"), lucene("ب15"));
        assertEquals(List.of("0:ب", "1:15"), akhbarWords("ب15"));
        // punctuation: Lucene emits none; we emit each mark (unless forSearch()).
        assertEquals(List.of(), lucene("،؛؟«»"));
        assertEquals(5, T.tokenize("،؛؟«»").size());
    }
}
