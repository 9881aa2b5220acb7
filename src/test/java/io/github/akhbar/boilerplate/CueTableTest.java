package io.github.akhbar.boilerplate;

import io.github.akhbar.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueTableTest {

    private static final String CUE_HEADER = "kind\tmatch\tmaxlen\trole\tcue\tsource";
    private static final List<String> LEXICONS = CueTable.read(CueTable.LEXICONS);

    private static List<String> rows(String name) throws IOException {
        try (InputStream in = CueTable.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void everyRowHasItsColumnsAndASource() throws IOException {
        int data = 0;
        boolean header = false;
        for (String row : rows(CueTable.CUES)) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t", -1);
            assertEquals(6, f.length, row);
            if (!header) {
                header = true;
                continue;
            }
            assertFalse(f[5].isBlank(), "no source: " + row);
            BoilerplateKind.valueOf(f[0]);
            data++;
        }
        assertTrue(data > 200, "rows: " + data);
        for (String row : rows(CueTable.LEXICONS)) {
            if (!row.isBlank() && !row.startsWith("#")) {
                assertEquals(3, row.split("\t", -1).length, row);
            }
        }
    }

    @Test
    void bundledTableLoadsWithFoldedKeys() {
        CueTable t = CueTable.bundled();
        assertTrue(t.lines.containsKey(LineKey.of("اقرأ أيض\u064Bا")));
        assertTrue(t.lines.containsKey(LineKey.of("إقرأ ايضا\u064B")), "hamza and tanween variants fold to one key");
        assertTrue(t.lines.containsKey(LineKey.of("Lire aussi")), "Latin cues are lower-cased");
        assertTrue(t.lines.containsKey(LineKey.of("À lire aussi")), "Latin-1 capitals are lower-cased");
        assertFalse(t.prefixes.isEmpty());
        assertFalse(t.patterns.isEmpty());
        assertTrue(t.lexicon(CueTable.Lexicon.OPENER).contains(LineKey.of("وقال")));
        assertTrue(t.lexicon(CueTable.Lexicon.CREDIT_VERB).contains(LineKey.of("اعداد")), "one row covers إعداد/اعداد");
        assertTrue(t.lexicon(CueTable.Lexicon.AGENCY).contains(LineKey.of("أ ش أ")));
    }

    @Test
    void everyKindHasAtLeastOneCueOrRule() {
        Set<BoilerplateKind> kinds = new HashSet<>();
        CueTable t = CueTable.bundled();
        t.lines.values().forEach(c -> kinds.add(c.kind()));
        t.prefixes.forEach(c -> kinds.add(c.kind()));
        t.patterns.forEach(c -> kinds.add(c.kind()));
        kinds.add(BoilerplateKind.TITLE_REPEAT); // a rule, not a cue
        assertEquals(Set.of(BoilerplateKind.values()), kinds);
    }

    @Test
    void noCueIsLongerThanItsLimit() {
        CueTable t = CueTable.bundled();
        t.lines.values().forEach(c -> assertTrue(c.key().length() <= c.maxLength(), c.cue()));
        t.prefixes.forEach(c -> assertTrue(c.key().length() <= c.maxLength(), c.cue()));
        t.patterns.forEach(c -> assertTrue(c.key().length() <= c.maxLength(), c.cue()));
    }

    @Test
    void noOperatorOrSiteNamesAmongTheCues() {
        for (String name : List.of("stc", "mobily", "zain", "عبر")) {
            assertFalse(CueTable.bundled().lines.containsKey(name), name);
            assertTrue(CueTable.bundled().prefixes.stream().noneMatch(c -> c.key().equals(name)), name);
        }
    }

    @Test
    void patternWordsKeepWildcards() {
        CueTable.Cue c = CueTable.bundled().patterns.stream().filter(p -> p.cue().startsWith("تابع * على غوغل"))
                .findFirst().orElseThrow();
        assertEquals(List.of("تابع", "*", "علي", "غوغل", "نيوز", "*"), List.of(c.words()));
        assertEquals("تابع", c.probe(), "the first of the longest literal words");
    }

    @Test
    void brokenRowsFailWithFileAndLine() {
        assertBroken("cues.tsv line 3: duplicate line cue 'شارك'", CUE_HEADER, "SHARE\tline\t20\tcue\tشارك\ta",
                "SHARE\tline\t20\tcue\tشارك\tb");
        assertBroken("cues.tsv line 2: missing source", CUE_HEADER, "SHARE\tline\t20\tcue\tشارك\t ");
        assertBroken("cues.tsv line 2: expected 6 tab-separated columns", CUE_HEADER, "SHARE\tline\t20\tcue");
        assertBroken("cues.tsv line 2: empty cue", CUE_HEADER, "SHARE\tline\t20\tcue\t...\ta");
        assertBroken("cues.tsv line 2: empty cue", CUE_HEADER, "SHARE\tpattern\t20\tcue\t* #\ta");
        assertBroken("cues.tsv line 2: cue 'شارك المقال' is longer than its maxlen 4", CUE_HEADER,
                "SHARE\tline\t4\tcue\tشارك المقال\ta");
        assertBroken("cues.tsv line 2: role notice is for prefix and pattern rows", CUE_HEADER,
                "SHARE\tline\t20\tnotice\tشارك\ta");
        assertBroken("cues.tsv line 2: No enum constant", CUE_HEADER, "SHARING\tline\t20\tcue\tشارك\ta");
        assertBroken("cues.tsv line 1: expected the header", "kind\tcue");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CueTable.load(List.of(CUE_HEADER), List.of("set\tform\tsource", "AGENCY\tأ ش أ\ta", "AGENCY\tا ش ا\tb")));
        assertTrue(e.getMessage().startsWith("lexicons.tsv line 3: duplicate AGENCY form"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> CueTable.load(List.of(CUE_HEADER), List.of("set\tform\tsource", "AGENCY\tأ ش أ\ta")));
        assertTrue(e.getMessage().contains("no form in set CREDIT_VERB"), e.getMessage());
    }

    private static void assertBroken(String message, String... cueRows) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CueTable.load(List.of(cueRows), LEXICONS));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void mentionsRejectNulls() {
        assertThrows(NullPointerException.class, () -> new BoilerplateMention(null, BoilerplateKind.SHARE, "x"));
        assertThrows(NullPointerException.class, () -> new BoilerplateMention(Span.of(0, 1), null, "x"));
        assertThrows(NullPointerException.class, () -> new TitleMention(null));
        assertEquals("title", new TitleMention(Span.of(0, 3)).type());
        assertEquals("byline_meta", BoilerplateKind.BYLINE_META.jsonName());
    }
}
