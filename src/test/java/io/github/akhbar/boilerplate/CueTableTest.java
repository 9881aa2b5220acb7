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

    private static List<String> rows(String name) throws IOException {
        try (InputStream in = CueTable.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void everyRowHasSixColumnsAndASource() throws IOException {
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
        assertTrue(data > 100, "rows: " + data);
    }

    @Test
    void bundledTableLoadsWithFoldedKeys() {
        CueTable t = CueTable.bundled();
        assertTrue(t.lines.containsKey(LineKey.of("اقرأ أيضًا")));
        assertTrue(t.lines.containsKey(LineKey.of("إقرأ ايضاً")), "hamza and tanween variants fold to one key");
        assertFalse(t.prefixes.isEmpty());
        assertFalse(t.contains.isEmpty());
        assertTrue(t.openers.contains(LineKey.of("وقال")));
    }

    @Test
    void everyKindHasAtLeastOneCueOrRule() {
        Set<BoilerplateKind> kinds = new HashSet<>();
        CueTable t = CueTable.bundled();
        t.lines.values().forEach(c -> kinds.add(c.kind()));
        t.prefixes.forEach(c -> kinds.add(c.kind()));
        t.contains.forEach(c -> kinds.add(c.kind()));
        kinds.add(BoilerplateKind.TITLE_REPEAT); // a rule, not a cue
        assertEquals(Set.of(BoilerplateKind.values()), kinds);
    }

    @Test
    void noCueIsLongerThanItsLimit() {
        CueTable t = CueTable.bundled();
        t.lines.values().forEach(c -> assertTrue(c.key().length() <= c.maxLength(), c.cue()));
        t.prefixes.forEach(c -> assertTrue(c.key().length() <= c.maxLength(), c.cue()));
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
