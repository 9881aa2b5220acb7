package io.github.akhbar.normalize;

import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArabicNormalizerTest {

    /** Checks the String API, the char[] primitive and the processor against one expectation. */
    static void assertNormalized(ArabicNormalizer n, String input, String expected) {
        assertEquals(expected, n.normalize(input), "String API");
        char[] buf = new char[n.requiredCapacity(input.toCharArray(), 0, input.length()) + 3];
        input.getChars(0, input.length(), buf, 3);
        int len = n.normalize(buf, 3, input.length());
        assertEquals(expected, new String(buf, 3, len), "char[] primitive");
        Document d = n.process(Document.of(input));
        DocumentAssertions.assertValid(d);
        assertEquals(expected, d.text(), "processor view");
        assertEquals(input, d.original());
    }

    static ArabicNormalizer only(Fold fold) {
        return ArabicNormalizer.builder().folds(fold).build();
    }

    // ---- one row per line of the Fold table ----

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "HAMZA_ALEF,         '\u0622\u0623\u0625',           '\u0627\u0627\u0627'",
            "ALEF_VARIANTS,      '\u0671\u0672\u0673\u0675',     '\u0627\u0627\u0627\u0627'",
            "ALEF_MAKSURA,       '\u0639\u0644\u0649',           '\u0639\u0644\u064A'",
            "TEH_MARBUTA,        '\u0645\u062F\u0631\u0633\u0629', '\u0645\u062F\u0631\u0633\u0647'",
            "HAMZA_CARRIERS,     '\u0645\u0624\u062A\u0645\u0631 \u0631\u0626\u064A\u0633', '\u0645\u0648\u062A\u0645\u0631 \u0631\u064A\u064A\u0633'",
            "TATWEEL,            '\u0643\u062A\u0640\u0640\u0640\u0627\u0628', '\u0643\u062A\u0627\u0628'",
            "DIACRITICS,         '\u0623\u064E\u062D\u0652\u0645\u064E\u062F\u064C\u0651', '\u0623\u062D\u0645\u062F'",
            "QURANIC_MARKS,      '\u0647\u0670\u0630\u0627\u0610\u06D6\u0653\u08F0', '\u0647\u0630\u0627'",
            "DIGITS,             '\u0662\u0660\u0662\u0664 \u06F1\u06F4\u06F0\u06F3', '2024 1403'",
            "DIGITS,             '\u0663\u066B\u0665 \u0661\u066C\u0665\u0660\u0660', '3.5 1,500'",
            "PRESENTATION_FORMS, '\uFEFB\uFE8E\uFEE3', '\u0644\u0627\u0627\u0645'",
            "PERSIAN_LETTERS,    '\u06CC\u06D0\u06D2\u06D3', '\u064A\u064A\u064A\u064A'",
            "PERSIAN_LETTERS,    '\u06A9\u06AA', '\u0643\u0643'",
            "PERSIAN_LETTERS,    '\u06BE\u06C0\u06C1\u06C2\u06D5', '\u0647\u0647\u0647\u0647\u0647'",
            "PERSIAN_LETTERS,    '\u06C3', '\u0629'",
            "INVISIBLES,         'a\u00ADb\u061Cc\u180Ed\u200Be\u200Cf\u200Dg\u200Eh\u200Fi\u202Aj\u202Ek\u2060l\u2064m\u2066n\u2069o\uFEFFp', 'abcdefghijklmnop'",
            "SPACES,             'a\u00A0b\u1680c\u2000d\u200Ae\u202Ff\u205Fg\u3000h', 'a b c d e f g h'",
            "PUNCTUATION,        '\u060C\u061B\u061F\u066A\u06D4\u00AB\u00BB', ',;?%.\"\"'",
            "ELONGATION,         '\u062C\u0645\u064A\u064A\u064A\u0644', '\u062C\u0645\u064A\u0644'",
    })
    void foldTableRow(Fold fold, String input, String expected) {
        assertNormalized(only(fold), input, expected);
    }

    /** The examples of docs/normalization.md's fold table, one row each. */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "HAMZA_ALEF, '\u0623\u062D\u0645\u062F', '\u0627\u062D\u0645\u062F'",
            "ALEF_VARIANTS, '\u0671\u0644\u0643\u062A\u0627\u0628', '\u0627\u0644\u0643\u062A\u0627\u0628'",
            "ALEF_MAKSURA, '\u0639\u0644\u0649', '\u0639\u0644\u064A'",
            "TEH_MARBUTA, '\u0645\u062F\u0631\u0633\u0629', '\u0645\u062F\u0631\u0633\u0647'",
            "HAMZA_CARRIERS, '\u0645\u0624\u062A\u0645\u0631 \u0631\u0626\u064A\u0633', '\u0645\u0648\u062A\u0645\u0631 \u0631\u064A\u064A\u0633'",
            "TATWEEL, '\u0643\u062A\u0640\u0640\u0640\u0627\u0628', '\u0643\u062A\u0627\u0628'",
            "DIACRITICS, '\u0623\u064E\u062D\u0652\u0645\u064E\u062F\u064C\u0651', '\u0623\u062D\u0645\u062F'",
            "QURANIC_MARKS, '\u0647\u0670\u0630\u0627', '\u0647\u0630\u0627'",
            "DIGITS, '\u0662\u0660\u0662\u0664 \u06F1\u06F4\u06F0\u06F3', '2024 1403'",
            "DIGITS, '\u0663\u066B\u0665 \u0661\u066C\u0665\u0660\u0660', '3.5 1,500'",
            "DIGITS, '\u0628\u066B\u0628', '\u0628\u066B\u0628'",
            "PRESENTATION_FORMS, '\uFEFB\uFE8E\uFEE3', '\u0644\u0627\u0627\u0645'",
            "PERSIAN_LETTERS, '\u06CC\u06A9', '\u064A\u0643'",
            "INVISIBLES, 'a\u200Cb', 'ab'",
            "SPACES, 'a\u00A0b', 'a b'",
            "PUNCTUATION, '\u0646\u0639\u0645\u060C \u0644\u0627\u061F', '\u0646\u0639\u0645, \u0644\u0627?'",
            "ELONGATION, '\u062C\u0645\u064A\u064A\u064A\u0644', '\u062C\u0645\u064A\u0644'",
            "ELONGATION, '\u062C\u0645\u0640\u064A\u0640\u064A\u0640\u064A\u0644', '\u062C\u0645\u0640\u064A\u0644'",
            "ELONGATION, '\u0627\u0644\u0644\u0647', '\u0627\u0644\u0644\u0647'"
    })
    void docsFoldExample(Fold fold, String input, String expected) {
        assertNormalized(only(fold), input, expected);
    }

    @Test
    void docsIsolatedHarakatExample() {
        // بﹰا: fathatan isolated form between two letters
        assertNormalized(ArabicNormalizer.forDisplay(), "\u0628\uFE70\u0627", "\u0628\u064B\u0627");
        assertNormalized(ArabicNormalizer.forSearch(), "\u0628\uFE70\u0627", "\u0628\u0627");
    }

    @Test
    void docsWordLigatureExample() {
        assertNormalized(only(Fold.PRESENTATION_FORMS), "\uFDFA",
                "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645");
    }

    @Test
    void isolatedHarakatFormBecomesTheMarkWithoutASpace() {
        // كتابﹰا: Unicode decomposes U+FE70 to a space and fathatan, which would split the word
        String word = "\u0643\u062A\u0627\u0628\uFE70\u0627";
        assertNormalized(ArabicNormalizer.forSearch(), word, "\u0643\u062A\u0627\u0628\u0627");
        assertNormalized(ArabicNormalizer.forDisplay(), word, "\u0643\u062A\u0627\u0628\u064B\u0627");
        assertNormalized(only(Fold.PRESENTATION_FORMS), "\u0628\uFC60", "\u0628\u064E\u0651");
        assertNormalized(ArabicNormalizer.forSearch(), "\u0628\uFC63", "\u0628");
        // the medial forms carry a tatweel instead, which TATWEEL removes
        assertNormalized(ArabicNormalizer.forDisplay(), "\u0628\uFE77", "\u0628\u064E");
        assertSame("\uFDFD", ArabicNormalizer.forSearch().normalize("\uFDFD"));
    }

    @Test
    void isolatedHarakatFormKeepsOffsetsOnTheForm() {
        Document d = ArabicNormalizer.forDisplay().process(Document.of("\u0628\uFE70\u0627"));
        assertEquals("\u0628\u064B\u0627", d.text());
        assertEquals(Span.of(1, 2), d.toOriginal(1, 2));
        assertEquals(Span.of(2, 3), d.toOriginal(2, 3));
    }

    // ---- one rule per method ----

    @Test
    void foldsAlefWithHamzaAndMadda() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u0623\u062D\u0645\u062F \u0625\u0644\u0649 \u0622\u062E\u0631",
                "\u0627\u062D\u0645\u062F \u0627\u0644\u064A \u0627\u062E\u0631");
    }

    @Test
    void removesHarakatFromAName() {
        // the class Javadoc's first row: أَحْمَد -> احمد
        assertNormalized(ArabicNormalizer.forSearch(), "\u0623\u064E\u062D\u0652\u0645\u064E\u062F",
                "\u0627\u062D\u0645\u062F");
    }

    @Test
    void foldsTehMarbutaForSearch() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u0645\u062F\u0631\u0633\u0629",
                "\u0645\u062F\u0631\u0633\u0647");
    }

    @Test
    void removesTatweel() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u0643\u062A\u0640\u0640\u0640\u0627\u0628",
                "\u0643\u062A\u0627\u0628");
    }

    @Test
    void foldsArabicIndicDigits() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u0662\u0660\u0662\u0664", "2024");
    }

    @Test
    void foldsDecimalSeparatorBetweenDigits() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u0663\u066B\u0665", "3.5");
    }

    @Test
    void keepsSeparatorsOutsideNumbers() {
        ArabicNormalizer n = ArabicNormalizer.forSearch();
        assertNormalized(n, "\u066B\u0665", "\u066B5");
        assertNormalized(n, "\u0663\u066C \u0628", "3\u066C \u0628");
        assertNormalized(n, "\u0628\u066B\u0628", "\u0628\u066B\u0628");
    }

    @Test
    void separatorAfterAnUnchangedPrefixSeesTheDigitBeforeIt() {
        assertNormalized(ArabicNormalizer.forSearch(), "abc 3\u066B5", "abc 3.5");
        assertNormalized(ArabicNormalizer.forSearch(), "abc x\u066B5", "abc x\u066B5");
    }

    @Test
    void elongationAfterAnUnchangedPrefixKeepsOneLetter() {
        assertNormalized(only(Fold.ELONGATION), "abc \u0644\u064A\u064A\u064A", "abc \u0644\u064A");
    }

    @Test
    void separatorSeesThroughRemovedControls() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u0663\u200F\u066B\u200F\u0665", "3.5");
    }

    @Test
    void expandsLamAlefLigatureWithOffsetsOnTheLigature() {
        assertNormalized(ArabicNormalizer.forSearch(), "\uFEFB", "\u0644\u0627");
        Document d = ArabicNormalizer.forSearch().process(Document.of("x\uFEFBy"));
        assertEquals("x\u0644\u0627y", d.text());
        assertEquals(Span.of(1, 2), d.toOriginal(1, 2));
        assertEquals(Span.of(1, 2), d.toOriginal(2, 3));
        assertEquals(Span.of(2, 3), d.toOriginal(3, 4));
    }

    @Test
    void lamAlefWithHamzaKeepsHamzaForDisplay() {
        assertNormalized(ArabicNormalizer.forDisplay(), "\uFEF7", "\u0644\u0623");
        assertNormalized(ArabicNormalizer.forSearch(), "\uFEF7", "\u0644\u0627");
    }

    @Test
    void expandsWordLigatureByCompatibilityDecomposition() {
        String nfkc = java.text.Normalizer.normalize("\uFDFA", java.text.Normalizer.Form.NFKC);
        assertEquals(18, nfkc.length());
        assertNormalized(ArabicNormalizer.forDisplay(), "\uFDFA", nfkc);
        // for search the decomposition is folded further: its alef maksura becomes yeh
        assertEquals(ArabicNormalizer.forSearch().normalize(nfkc), ArabicNormalizer.forSearch().normalize("\uFDFA"));
    }

    @Test
    void foldsPersianLookAlikes() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u06CC\u06A9", "\u064A\u0643");
    }

    @Test
    void urduTehMarbutaGoalFollowsTehMarbutaFold() {
        assertNormalized(ArabicNormalizer.forSearch(), "\u06C3", "\u0647");
    }

    @Test
    void removesInvisiblesAndFoldsSpaces() {
        assertNormalized(ArabicNormalizer.forSearch(), "a\u200Cb\u00A0c", "ab c");
    }

    @Test
    void returnsSameInstanceWhenNothingChanges() {
        String s = "news \u0627\u062D\u0645\u062F 2024";
        assertSame(s, ArabicNormalizer.forSearch().normalize(s));
        Document d = Document.of(s);
        assertSame(d, ArabicNormalizer.forSearch().process(d));
    }

    @Test
    void returnsSameInstanceWhenSeparatorStays() {
        String s = "\u0628\u066B\u0628";
        assertSame(s, ArabicNormalizer.forSearch().normalize(s));
    }

    @Test
    void acceptsOtherCharSequences() {
        assertEquals("\u0627\u062D\u0645\u062F",
                ArabicNormalizer.forSearch().normalize(new StringBuilder("\u0623\u062D\u0645\u062F")));
        assertEquals("abc", ArabicNormalizer.forSearch().normalize(new StringBuilder("abc")));
    }

    @Test
    void displayKeepsSpelling() {
        String s = "\u0625\u0644\u0649 \u0645\u062F\u0631\u0633\u0629\u064D";
        assertSame(s, ArabicNormalizer.forDisplay().normalize(s));
    }

    @Test
    void displayRemovesTatweelAndControls() {
        assertNormalized(ArabicNormalizer.forDisplay(), "\u0627\u0644\u0640\u200F\u0623\u062E\u0628\u0627\u0631",
                "\u0627\u0644\u0623\u062E\u0628\u0627\u0631");
    }

    @Test
    void luceneCompatibleLeavesWaslaAlone() {
        assertSame("\u0671", ArabicNormalizer.luceneCompatible().normalize("\u0671"));
    }

    @Test
    void forSearchHasExactlyItsDocumentedFolds() {
        assertEquals(EnumSet.complementOf(EnumSet.of(Fold.HAMZA_CARRIERS, Fold.PUNCTUATION, Fold.ELONGATION)),
                ArabicNormalizer.forSearch().folds());
        assertEquals(EnumSet.of(Fold.HAMZA_ALEF, Fold.ALEF_VARIANTS, Fold.ALEF_MAKSURA, Fold.TEH_MARBUTA, Fold.TATWEEL,
                Fold.DIACRITICS, Fold.QURANIC_MARKS, Fold.DIGITS, Fold.PRESENTATION_FORMS, Fold.PERSIAN_LETTERS,
                Fold.INVISIBLES, Fold.SPACES), ArabicNormalizer.forSearch().folds());
    }

    @Test
    void forDisplayHasExactlyItsDocumentedFolds() {
        assertEquals(EnumSet.of(Fold.PRESENTATION_FORMS, Fold.TATWEEL, Fold.INVISIBLES, Fold.SPACES),
                ArabicNormalizer.forDisplay().folds());
    }

    @Test
    void luceneCompatibleHasExactlyLucenesFiveRules() {
        assertEquals(EnumSet.of(Fold.HAMZA_ALEF, Fold.ALEF_MAKSURA, Fold.TEH_MARBUTA, Fold.TATWEEL, Fold.DIACRITICS),
                ArabicNormalizer.luceneCompatible().folds());
    }

    @Test
    void elongationReducesRunsOfThreeOrMore() {
        ArabicNormalizer n = only(Fold.ELONGATION);
        assertNormalized(n, "\u062C\u0645\u064A\u064A\u064A\u0644", "\u062C\u0645\u064A\u0644");
        assertNormalized(n, "\u0645\u0645\u0645\u0645\u0645", "\u0645");
    }

    @Test
    void elongationCountsLettersALigatureExpandsTo() {
        // U+0626 then U+FC68 (yeh-hamza + alef maksura ligature): with the carrier and maksura
        // folds the other folds write three yeh, which elongation then collapses
        ArabicNormalizer n = ArabicNormalizer.forSearch().toBuilder().with(Fold.HAMZA_CARRIERS)
                .with(Fold.ELONGATION).build();
        assertNormalized(n, "\u0626\uFC68", "\u064A");
        assertNormalized(n, "\uFC68\u064A", "\u064A");
        assertNormalized(n, "\u0628\uFC68", "\u0628\u064A\u064A");
    }

    @Test
    void elongationKeepsDoubledLetters() {
        // الله, and اللّه: two lams, with or without a shadda between them
        for (String s : new String[] {"\u0627\u0644\u0644\u0647", "\u0627\u0644\u0644\u0651\u0647"}) {
            assertSame(s, only(Fold.ELONGATION).normalize(s));
        }
    }

    @Test
    void elongationCountsThroughRemovedMarks() {
        ArabicNormalizer n = ArabicNormalizer.forSearch().toBuilder().with(Fold.ELONGATION).build();
        assertNormalized(n, "\u062C\u0645\u064A\u0640\u064A\u064E\u064A\u0644", "\u062C\u0645\u064A\u0644");
    }

    @Test
    void elongationAloneLooksThroughTatweelBetweenCopies() {
        // جمـيـيـيل with ELONGATION only: the tatweel between the copies goes with them
        assertNormalized(only(Fold.ELONGATION), "\u062C\u0645\u0640\u064A\u0640\u064A\u0640\u064A\u0644",
                "\u062C\u0645\u0640\u064A\u0644");
    }

    @Test
    void elongationAloneLooksThroughMarksAndKeepsTheLastCopysMark() {
        // يَيَيَ: the marks between the copies go, the one after the last copy stays
        assertNormalized(only(Fold.ELONGATION), "\u062C\u0645\u064A\u064E\u064A\u064E\u064A\u064E\u0644",
                "\u062C\u0645\u064A\u064E\u0644");
        assertNormalized(only(Fold.ELONGATION), "\u0645\u0645\u0670\u0645\u065F", "\u0645\u065F");
    }

    @Test
    void elongationRunIsBrokenByAnythingButTatweelAndMarks() {
        ArabicNormalizer n = only(Fold.ELONGATION);
        for (String between : new String[] {" ", "\u200C", "\u0627", "\u0661", "\u06D6", "\uFE76"}) {
            String s = "\u064A" + between + "\u064A" + between + "\u064A";
            assertSame(s, n.normalize(s), () -> "U+" + Integer.toHexString(between.charAt(0)));
        }
    }

    @Test
    void elongationThroughTatweelMapsTheWordToItsWholeSurface() {
        String raw = "\u0642\u0627\u0644 \u062C\u0645\u0640\u064A\u0640\u064A\u0640\u064A\u0644 \u062C\u062F\u0627";
        Document d = only(Fold.ELONGATION).process(Document.of(raw));
        DocumentAssertions.assertValid(d);
        assertEquals("\u0642\u0627\u0644 \u062C\u0645\u0640\u064A\u0644 \u062C\u062F\u0627", d.text());
        assertEquals(Span.of(4, 13), d.toOriginal(4, 9));
        assertEquals(Span.of(14, 17), d.toOriginal(10, 13));
    }

    @Test
    void elongationLeavesDigitsAndLatin() {
        String s = "1000 www";
        assertSame(s, only(Fold.ELONGATION).normalize(s));
    }

    @Test
    void hamzaCarriersAreOffInEveryPreset() {
        for (ArabicNormalizer n : new ArabicNormalizer[] {ArabicNormalizer.forSearch(), ArabicNormalizer.forDisplay(),
                ArabicNormalizer.luceneCompatible()}) {
            assertTrue(!n.folds().contains(Fold.HAMZA_CARRIERS), n.toString());
        }
    }

    @Test
    void emptyFoldSetIsTheIdentity() {
        String s = "\u0623\u064E\u0640\uFEFB\u200C";
        assertSame(s, ArabicNormalizer.builder().build().normalize(s));
    }

    @Test
    void leavesSurrogatesAlone() {
        assertNormalized(ArabicNormalizer.forSearch(), "\uD83D\uDE00\u0623\uD800x\uDFFF", "\uD83D\uDE00\u0627\uD800x\uDFFF");
    }

    @Test
    void neverJoinsLoneSurrogatesIntoAPair() {
        ArabicNormalizer n = ArabicNormalizer.forSearch();
        String s = "\uD800\u064E\uDC00";
        assertSame(s, n.normalize(s));
        assertNormalized(n, "\uD800\u064E\u200C\u0640\uDC00", "\uD800\u064E\uDC00");
        assertNormalized(n, "ab\uDBFF\u200F\uDFFF\uFEFB", "ab\uDBFF\u200F\uDFFF\u0644\u0627");
        assertNormalized(n, "\uFEFB\uD800\u200F\uDC00", "\u0644\u0627\uD800\u200F\uDC00");
        // with no low surrogate after them, the marks go as usual
        assertNormalized(n, "\uD800\u064E\u200Cx", "\uD800x");
        assertNormalized(n, "\uD800\u064E\uD83D\uDE00", "\uD800\uD83D\uDE00");
        Document d = Document.of(s);
        assertSame(d, n.process(d));
    }

    @Test
    void luceneJoinsLoneSurrogatesWhereLuceneCompatibleKeepsThemApart() {
        // the one input class where luceneCompatible() differs from Lucene: Lucene deletes the
        // fatha and so turns two lone surrogates into one supplementary code point
        char[] buf = "\uD800\u064E\uDC00".toCharArray();
        int len = new org.apache.lucene.analysis.ar.ArabicNormalizer().normalize(buf, buf.length);
        assertEquals("\uD800\uDC00", new String(buf, 0, len));
        assertEquals("\uD800\u064E\uDC00", ArabicNormalizer.luceneCompatible().normalize("\uD800\u064E\uDC00"));
    }

    // ---- errors and the primitive's contract ----

    @Test
    void nullTextThrowsNpe() {
        assertThrows(NullPointerException.class, () -> ArabicNormalizer.forSearch().normalize((CharSequence) null));
        assertThrows(NullPointerException.class, () -> ArabicNormalizer.forSearch().process((Document) null));
        assertThrows(NullPointerException.class, () -> ArabicNormalizer.forSearch().normalize(null, 0, 0));
    }

    @Test
    void rangeOutsideBufferThrows() {
        assertThrows(IndexOutOfBoundsException.class, () -> ArabicNormalizer.forSearch().normalize(new char[10], 2, 99));
    }

    @Test
    void bufferTooSmallForExpansionThrowsAndChangesNothing() {
        char[] buf = {'\uFEFB', '\u0640'};
        assertEquals(3, ArabicNormalizer.forSearch().requiredCapacity(buf, 0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> ArabicNormalizer.forSearch().normalize(buf, 0, 2));
        assertEquals('\uFEFB', buf[0]);
        assertEquals('\u0640', buf[1]);
    }

    @Test
    void primitiveShrinksInPlace() {
        char[] buf = "x\u0623\u064E\u0640y".toCharArray();
        int n = ArabicNormalizer.forSearch().normalize(buf, 1, 3);
        assertEquals(1, n);
        assertEquals('\u0627', buf[1]);
        assertEquals('y', buf[4]);
        assertEquals('x', buf[0]);
    }

    @Test
    void unknownProfileThrowsIae() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArabicNormalizer.forProfile("fast"));
        assertTrue(e.getMessage().contains("fast"));
    }

    @ParameterizedTest
    @CsvSource({"search", "display", "lucene"})
    void profilesNameThePresets(String profile) {
        ArabicNormalizer n = ArabicNormalizer.forProfile(profile);
        assertSame(switch (profile) {
            case "search" -> ArabicNormalizer.forSearch();
            case "display" -> ArabicNormalizer.forDisplay();
            default -> ArabicNormalizer.luceneCompatible();
        }, n);
    }

    @Test
    void builderRejectsNullFolds() {
        assertThrows(NullPointerException.class, () -> ArabicNormalizer.builder().folds((Fold) null));
        assertThrows(NullPointerException.class, () -> ArabicNormalizer.builder().with(null));
    }

    @Test
    void equalityFollowsFolds() {
        ArabicNormalizer a = ArabicNormalizer.builder().folds(Fold.TATWEEL, Fold.DIGITS).build();
        ArabicNormalizer b = ArabicNormalizer.builder().folds(Set.of(Fold.DIGITS, Fold.TATWEEL)).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, ArabicNormalizer.forSearch());
        assertSame(ArabicNormalizer.forSearch(), ArabicNormalizer.forSearch().toBuilder().build());
        assertEquals(ArabicNormalizer.forSearch(), ArabicNormalizer.create());
    }

    @ParameterizedTest
    @EnumSource(Fold.class)
    void serializationRoundTripKeepsBehaviour(Fold fold) {
        ArabicNormalizer n = ArabicNormalizer.forSearch().toBuilder().with(fold).build();
        ArabicNormalizer copy = DocumentAssertions.roundTrip(n);
        assertEquals(n, copy);
        String s = "\u0623\u064E\u0640\uFEFB\u200C\u0663\u066B\u0665\u064A\u064A\u064A\u060C";
        assertEquals(n.normalize(s), copy.normalize(s));
        assertSame(ArabicNormalizer.forDisplay(), DocumentAssertions.roundTrip(ArabicNormalizer.forDisplay()));
    }

    @Test
    void concurrentUseGivesEqualResults() throws Exception {
        ArabicNormalizer n = ArabicNormalizer.forSearch().toBuilder().with(Fold.ELONGATION).build();
        java.util.List<String> inputs = java.util.List.of(
                "\u0642\u0627\u0644 \u0627\u0644\u0640\u0640\u0648\u0632\u064A\u0631\u064F \u0661\u066B\u0665",
                "\uFEFB\uFEF7\u200F\u00A0\u06CC\u06A9\u064A\u064A\u064A", "plain text", "\uFDFA\u0663\u066C\u0665");
        java.util.List<Document> expected = new java.util.ArrayList<>();
        for (String s : inputs) {
            expected.add(n.process(Document.of(s)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<Document>>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    java.util.List<Document> out = new java.util.ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        out.clear();
                        for (String s : inputs) {
                            out.add(n.process(Document.of(s)));
                        }
                    }
                    return out;
                }));
            }
            for (java.util.concurrent.Future<java.util.List<Document>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void annotationsAfterNormalizingPointAtTheOriginal() {
        String raw = "\u0642\u0627\u0644 \u0627\u0644\u0640\u0640\u0648\u0632\u064A\u0631\u064F \u0661\u0665";
        Document d = ArabicNormalizer.forSearch().process(Document.of(raw));
        DocumentAssertions.assertValid(d);
        String word = "\u0627\u0644\u0648\u0632\u064A\u0631";
        int at = d.text().indexOf(word);
        Span s = d.toOriginal(at, at + word.length());
        assertEquals("\u0627\u0644\u0640\u0640\u0648\u0632\u064A\u0631", s.of(raw));
        int digits = d.text().indexOf("15");
        assertEquals("\u0661\u0665", d.toOriginal(digits, digits + 2).of(raw));
    }
}
