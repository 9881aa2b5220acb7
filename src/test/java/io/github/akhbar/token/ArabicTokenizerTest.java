package io.github.akhbar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akhbar.Document;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

class ArabicTokenizerTest {

    private static final ArabicTokenizer T = ArabicTokenizer.create();

    /** The tokens of the block scan, as {@code start-end:TYPE} strings. */
    static List<String> byBlocks(ArabicTokenizer t, char[] buf, int off, int len) {
        List<String> out = new ArrayList<>();
        t.tokenize(buf, off, len, (s, e, k) -> out.add(s + "-" + e + ":" + k));
        return out;
    }

    /** The tokens of the full rules alone, as {@code start-end:TYPE} strings. */
    static List<String> byRules(ArabicTokenizer t, char[] buf, int off, int len) {
        List<String> out = new ArrayList<>();
        t.tokenizeByRules(buf, off, len, (s, e, k) -> out.add(s + "-" + e + ":" + k));
        return out;
    }

    private static final List<ArabicTokenizer> CONFIGS = List.of(ArabicTokenizer.create(), ArabicTokenizer.forSearch(),
            ArabicTokenizer.builder().splitMarker(false).build(),
            ArabicTokenizer.builder().splitMarker(false).emitPunctuation(false).build());

    @Test
    void blockScanAgreesWithTheRulesOnEveryFixture() {
        List<String> texts = LuceneComparisonTest.fixtureTexts();
        assertTrue(texts.size() > 40, "fixtures found: " + texts.size());
        for (ArabicTokenizer t : CONFIGS) {
            for (String text : texts) {
                char[] buf = text.toCharArray();
                assertEquals(byRules(t, buf, 0, buf.length), byBlocks(t, buf, 0, buf.length), t + " on " + text);
            }
        }
    }

    /**
     * Every pattern the block scan hands to the rules, shifted across the edges of a 64-unit block:
     * padding of 0 to 140 units puts the pattern at every position of the first two blocks.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            word crossing the block edge    ; `كلمة طويلة جدا `
            abbreviation                    ; `(أ.ش.أ) `
            single letter before a stop     ; `عام 622 م. ثم `
            stop after a word               ; `انتهى. بدأ `
            punctuation before a haraka     ; `،َبعد `
            marker and number               ; `الدورة الـ92 و`
            marker before a space           ; `الـ 93 `
            digits glued to a word          ; `ب15 و5G `
            Latin word                      ; `وكالة Reuters قالت `
            url                             ; `www.example.ma/خبر، `
            hashtag and mention             ; `#مراكش @akhbar `
            joiner inside a word            ; `می\u200Cخواهم `
            symbol before a haraka          ; `%َب `
            extended letter and mark        ; `ڤيتنام قرأٰن `
            lone mark                       ; ` \u064E `
            quotes and dashes               ; `«نعم» - "لا" `
            newline and nbsp                ; `سطر\u00A0ثان\\n`
            emoji                           ; `\uD83D\uDE00 رائع `
            lone surrogates                 ; `\uD800ب\uDC00 `
            """)
    void blockScanAgreesWithTheRulesAcrossBlockEdges(String name, String pattern) {
        String p = pattern.replace("\\n", "\n"); // a newline would end the CSV row
        for (int pad = 0; pad <= 140; pad++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < pad) {
                sb.append(pad % 3 == 0 ? "ب " : "قال ");
            }
            sb.setLength(pad);
            sb.append(p).append(p).append("ثم");
            char[] buf = sb.toString().toCharArray();
            for (ArabicTokenizer t : CONFIGS) {
                for (int cut = 0; cut <= 2; cut++) {
                    int len = buf.length - cut;
                    assertEquals(byRules(t, buf, 0, len), byBlocks(t, buf, 0, len),
                            name + " pad " + pad + " cut " + cut + " " + t);
                }
            }
        }
    }

    @Test
    void aWordLongerThanSeveralBlocksIsOneToken() {
        String word = "ب".repeat(150) + "ـ".repeat(30) + "ة";
        String text = "قال " + word + "، ثم";
        List<Token> tokens = T.tokenize(text);
        assertEquals(List.of("قال", word, "،", "ثم"), tokens.stream().map(k -> k.text(text)).toList());
    }

    static String render(ArabicTokenizer t, String text) {
        return t.tokenize(text).stream()
                .map(k -> k.kind() + " " + k.text(text) + (k.afterMarker() ? " +m" : ""))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            الدورة الـ92               ; ARABIC الدورة | ARABIC الـ | NUMBER 92 +m
            جنوب-جنوب                 ; ARABIC جنوب | PUNCT - | ARABIC جنوب
            ارتفع 2,5٪                 ; ARABIC ارتفع | NUMBER 2,5 | SYMBOL ٪
            بلغ 1,234.5 درهم           ; ARABIC بلغ | NUMBER 1,234.5 | ARABIC درهم
            بلغ ١٬٢٣٤٫٥ دينار          ; ARABIC بلغ | NUMBER ١٬٢٣٤٫٥ | ARABIC دينار
            على الساعة 16:45          ; ARABIC على | ARABIC الساعة | DATE_TIME 16:45
            ١٦:٤٥:٣٠                   ; DATE_TIME ١٦:٤٥:٣٠
            يوم 07/11/2024            ; ARABIC يوم | DATE_TIME 07/11/2024
            2024-11-07                ; DATE_TIME 2024-11-07
            بين 2020-2024             ; ARABIC بين | NUMBER 2020 | PUNCT - | NUMBER 2024
            (أ.ش.أ)                   ; PUNCT ( | ABBREVIATION أ.ش.أ | PUNCT )
            عام 622 م.                ; ARABIC عام | NUMBER 622 | ABBREVIATION م.
            U.S. Army                 ; ABBREVIATION U.S. | LATIN Army
            قال: «نعم»؛ لماذا؟         ; ARABIC قال | PUNCT : | PUNCT « | ARABIC نعم | PUNCT » | PUNCT ؛ | ARABIC لماذا | PUNCT ؟
            وكالة Reuters و G20       ; ARABIC وكالة | LATIN Reuters | ARABIC و | LATIN G20
            #مراكش @akhbar_news       ; HASHTAG #مراكش | MENTION @akhbar_news
            # وحده                    ; PUNCT # | ARABIC وحده
            راسلونا desk@example.com. ; ARABIC راسلونا | EMAIL desk@example.com | PUNCT .
            https://example.ma/a?b=1، ; URL https://example.ma/a?b=1 | PUNCT ،
            (www.example.com)         ; PUNCT ( | URL www.example.com | PUNCT )
            الرئيـــس                  ; ARABIC الرئيـــس
            مُحَمَّد                     ; ARABIC مُحَمَّد
            10 $ و5 €                 ; NUMBER 10 | SYMBOL $ | ARABIC و | NUMBER 5 | SYMBOL €
            Москва و東京               ; WORD Москва | ARABIC و | WORD 東京
            ...                       ; PUNCT . | PUNCT . | PUNCT .
            ب15 و5G                   ; ARABIC ب | NUMBER 15 | ARABIC و | NUMBER 5 | LATIN G
            mp3                       ; LATIN mp3
            07.11.2024                ; NUMBER 07.11.2024
            plan B.                   ; LATIN plan | ABBREVIATION B.
            نسبة 5‰ و3%               ; ARABIC نسبة | NUMBER 5 | SYMBOL ‰ | ARABIC و | NUMBER 3 | SYMBOL %
            كوفيد19                   ; ARABIC كوفيد | NUMBER 19
            ال92                      ; ARABIC ال | NUMBER 92 +m
            الـ 93                    ; ARABIC الـ | NUMBER 93
            بالـ3                     ; ARABIC بالـ | NUMBER 3 +m
            الدولة92                  ; ARABIC الدولة | NUMBER 92
            """)
    void boundaryRules(String input, String expected) {
        assertEquals(expected, render(T, input));
    }

    @Test
    void zwnjInsideWordStaysInToken() {
        String text = "مي\u200Cخواهم \u200Cكتاب";
        List<Token> tokens = T.tokenize(text);
        assertEquals(2, tokens.size());
        assertEquals("مي\u200Cخواهم", tokens.get(0).text(text));
        assertEquals("كتاب", tokens.get(1).text(text));
    }

    @Test
    void invisibleControlsSeparateAndAreNotTokens() {
        String text = "\u200Fأ\u200Eب\uFEFFج\u0000د";
        assertEquals("ARABIC أ | ARABIC ب | ARABIC ج | ARABIC د", render(T, text));
    }

    @Test
    void emojiClustersAreOneSymbol() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
        String flag = "\uD83C\uDDF2\uD83C\uDDE6";
        String heart = "\u2764\uFE0F";
        String text = family + " " + thumbs + flag + heart + "!";
        assertEquals("SYMBOL " + family + " | SYMBOL " + thumbs + " | SYMBOL " + flag + " | SYMBOL " + heart
                + " | PUNCT !", render(T, text));
    }

    @Test
    void keptMarkerIsOneArabicToken() {
        ArabicTokenizer keep = ArabicTokenizer.builder().splitMarker(false).build();
        assertEquals("ARABIC الـ92 | ARABIC القمة", render(keep, "الـ92 القمة"));
        assertEquals("ARABIC الـ1,234 | ARABIC مشارك", render(keep, "الـ1,234 مشارك"));
        assertEquals("ARABIC ال92", render(keep, "ال92"));
        assertEquals("ARABIC الدولة | NUMBER 92", render(keep, "الدولة92"));
    }

    @Test
    void markerLinkIsKeptAfterNormalization() {
        // forSearch() removes the tatweel: the view holds "ال92", the number stays linked
        Document doc = T.process(io.github.akhbar.normalize.ArabicNormalizer.forSearch()
                .process(Document.of("الدورة الـ92")));
        List<Token> tokens = doc.annotations(Token.class);
        assertEquals(3, tokens.size());
        assertTrue(tokens.get(2).afterMarker());
        assertEquals("92", tokens.get(2).text(doc.original()));
        // the removed tatweel trails the word, so it stays outside the marker's span (docs/offsets.md)
        assertEquals("ال", tokens.get(1).text(doc.original()));
    }

    @Test
    void visibleFormatSignsAreSymbols() {
        // U+0600 ARABIC NUMBER SIGN and U+06DD END OF AYAH are Cf but drawn: never lost in a gap
        assertEquals("SYMBOL \u0600 | NUMBER 12", render(T, "\u060012"));
        assertEquals("ARABIC الآية | SYMBOL \u06DD", render(T, "الآية \u06DD"));
    }

    @Test
    void keycapsAreSymbols() {
        assertEquals("SYMBOL 1\uFE0F\u20E3 | SYMBOL #\uFE0F\u20E3 | NUMBER 12", render(T, "1\uFE0F\u20E3 #\uFE0F\u20E3 12"));
    }

    @Test
    void forSearchDropsPunctuation() {
        assertEquals("ARABIC قال | ARABIC نعم", render(ArabicTokenizer.forSearch(), "قال: «نعم»."));
    }

    @Test
    void normalizedKeyFoldsTheSurface() {
        String text = "أَحْمَد الـ١٢";
        List<Token> tokens = T.tokenize(text);
        assertEquals("احمد", tokens.get(0).normalized(text));
        assertEquals("ال", tokens.get(1).normalized(text));
        assertEquals("12", tokens.get(2).normalized(text));
        assertTrue(tokens.get(2).afterMarker());
    }

    @Test
    void sinkReceivesBufferIndicesInsideTheRegion() {
        char[] buf = "xx كتب 12 yy".toCharArray();
        List<String> seen = new ArrayList<>();
        T.tokenize(buf, 3, 6, (s, e, type) -> seen.add(s + "-" + e + " " + type));
        assertEquals(List.of("3-6 ARABIC", "7-9 NUMBER"), seen);
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertEquals(List.of(), T.tokenize(""));
        assertEquals(List.of(), T.tokenize(" \n\t\u00A0\u200C"));
    }

    @Test
    void nullAndBadRegionsAreRejected() {
        assertThrows(NullPointerException.class, () -> T.tokenize((CharSequence) null));
        assertThrows(NullPointerException.class, () -> T.tokenize(new char[2], 0, 2, null));
        assertThrows(IndexOutOfBoundsException.class, () -> T.tokenize(new char[2], -1, 2, (s, e, k) -> { }));
        assertThrows(IndexOutOfBoundsException.class, () -> T.tokenize(new char[2], 1, 2, (s, e, k) -> { }));
        assertThrows(NullPointerException.class, () -> T.stream(null));
    }

    @Test
    void processAnnotatesOriginalOffsetsAfterAnEdit() {
        String raw = "<<حذف>> قال الـ5";
        Document doc = Document.of(raw);
        Document stripped = doc.edit().delete(0, 8).apply();
        Document out = T.process(stripped);
        DocumentAssertions.assertValid(out);
        List<Token> tokens = out.annotations(Token.class);
        assertEquals(List.of("قال", "الـ", "5"), tokens.stream().map(t -> t.text(raw)).toList());
        assertTrue(tokens.get(2).afterMarker());
        assertEquals("number", tokens.get(2).attributes().get("kind"));
        assertEquals(Boolean.TRUE, tokens.get(2).attributes().get("afterMarker"));
        assertEquals("token", tokens.get(0).type());
    }

    @Test
    void processTwiceDoesNotDuplicate() {
        Document once = T.process(Document.of("كتب الولد"));
        Document twice = T.process(once);
        DocumentAssertions.assertValid(twice);
        assertEquals(once.annotations(), twice.annotations());
    }

    @Test
    void processWithNothingReturnsSameDocument() {
        Document doc = Document.of("  \n ");
        assertSame(doc, T.process(doc));
    }

    @Test
    void configurationDecidesEquality() {
        assertEquals(T, ArabicTokenizer.builder().build());
        assertEquals(T, T.toBuilder().build());
        assertNotEquals(T, ArabicTokenizer.forSearch());
        assertEquals(ArabicTokenizer.forSearch().hashCode(), ArabicTokenizer.forSearch().hashCode());
        assertFalse(ArabicTokenizer.forSearch().emitPunctuation());
    }

    @Test
    void serializationKeepsBehaviour() {
        ArabicTokenizer t = ArabicTokenizer.builder().splitMarker(false).build();
        ArabicTokenizer copy = DocumentAssertions.roundTrip(t);
        assertEquals(t, copy);
        String text = "الـ92 و#وسم";
        assertEquals(t.tokenize(text), copy.tokenize(text));
    }

    @Test
    void tokenRejectsBadComponents() {
        assertThrows(NullPointerException.class, () -> new Token(0, 1, null, false));
        assertThrows(IllegalArgumentException.class, () -> new Token(3, 1, TokenType.ARABIC, false));
        assertThrows(IllegalArgumentException.class, () -> new Token(-1, 1, TokenType.ARABIC, false));
        assertEquals("date_time", TokenType.DATE_TIME.label());
        assertEquals(new io.github.akhbar.Span(2, 5), Token.of(2, 5, TokenType.NUMBER).span());
    }

    @Test
    void streamOfEmptyReaderHasNoTokens() {
        assertFalse(T.stream(new StringReader("")).hasNext());
        assertThrows(java.util.NoSuchElementException.class, () -> T.stream(new StringReader(" ")).next());
    }

    @Test
    void printerWritesOneLinePerToken() throws IOException {
        StringWriter out = new StringWriter();
        long n = TokenPrinter.print(new StringReader("الـ92 ،"), out, T);
        assertEquals(3, n);
        assertEquals("0\t3\tarabic\tالـ\n3\t5\tnumber+marker\t92\n6\t7\tpunct\t،\n", out.toString());
    }
}
