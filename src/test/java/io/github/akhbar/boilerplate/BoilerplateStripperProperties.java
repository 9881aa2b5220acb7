package io.github.akhbar.boilerplate;

import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateStripperProperties {

    private static final BoilerplateStripper[] STRIPPERS = {
            BoilerplateStripper.defaults(), BoilerplateStripper.aggressive()};

    @Provide
    Arbitrary<String> articles() {
        return BoilerplateArbitraries.article();
    }

    @Provide
    Arbitrary<String> anyText() {
        return net.jqwik.api.Arbitraries.oneOf(ArabicArbitraries.anyString(), ArabicArbitraries.arabicishLines(),
                ArabicArbitraries.arabicish());
    }

    @Property(tries = 400)
    void strippingIsIdempotent(@ForAll("articles") String text) {
        for (BoilerplateStripper s : STRIPPERS) {
            String once = s.process(text).text();
            assertEquals(once, s.process(once).text(), s.mode().toString());
        }
    }

    @Property(tries = 400)
    void keptLinesAreOriginalLinesInOrder(@ForAll("articles") String text) {
        for (BoilerplateStripper s : STRIPPERS) {
            Document doc = s.process(text);
            Statistics.label("removes").collect(!doc.annotations(BoilerplateMention.class).isEmpty());
            List<String> original = List.of(text.split("\n", -1));
            int from = 0;
            for (String kept : doc.text().split("\n", -1)) {
                if (kept.isEmpty() && doc.text().isEmpty()) {
                    break;
                }
                int at = original.subList(from, original.size()).indexOf(kept);
                assertTrue(at >= 0, () -> "kept line not an original line in order: " + kept);
                from += at + 1;
            }
        }
    }

    @Property(tries = 400)
    void everyRemovedSpanIsAWholeLine(@ForAll("articles") String text) {
        Document doc = BoilerplateStripper.defaults().process(text);
        for (BoilerplateMention m : doc.annotations(BoilerplateMention.class)) {
            Span s = m.span();
            assertTrue(s.start() == 0 || text.charAt(s.start() - 1) == '\n', () -> "starts mid-line: " + s);
            assertTrue(s.end() == text.length() || text.charAt(s.end()) == '\n'
                    || (text.charAt(s.end()) == '\r' && s.end() + 1 < text.length() && text.charAt(s.end() + 1) == '\n')
                    || (text.charAt(s.end()) == '\r' && s.end() + 1 == text.length()), () -> "ends mid-line: " + s);
            assertTrue(s.length() > 0);
        }
    }

    @Property(tries = 400)
    void removedLinesMapToTheirExactOriginalOffsets(@ForAll("articles") String text) {
        Document doc = BoilerplateStripper.defaults().process(text);
        List<Span> lines = new ArrayList<>();
        int pos = 0;
        for (String l : text.split("\n", -1)) {
            int end = pos + l.length();
            lines.add(Span.of(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end));
            pos = end + 1;
        }
        for (BoilerplateMention m : doc.annotations(BoilerplateMention.class)) {
            assertTrue(lines.contains(m.span()), () -> "not a line span: " + m.span() + " in " + lines);
        }
        // removed + kept lines partition the non-blank lines
        String kept = doc.text();
        assertTrue(kept.length() <= text.length());
    }

    @Property(tries = 400)
    void sentenceLinesAreNeverRemoved(@ForAll("articles") String text) {
        for (BoilerplateStripper s : STRIPPERS) {
            Document doc = s.process(text);
            for (BoilerplateMention m : doc.annotations(BoilerplateMention.class)) {
                String line = m.span().of(text);
                boolean sentence = BoilerplateArbitraries.CONTENT.contains(line) && line.endsWith(".");
                assertTrue(!sentence, () -> "content sentence removed as " + m.kind() + " (" + m.cue() + "): " + line);
            }
        }
    }

    @Property(tries = 300)
    void totalOnAnyText(@ForAll("anyText") String text) {
        for (BoilerplateStripper s : STRIPPERS) {
            Document doc = s.process(text);
            DocumentAssertions.assertValid(doc);
        }
    }

    @Property(tries = 200)
    void documentsAreValidAndIdempotentOnNoise(@ForAll("anyText") String text) {
        String once = BoilerplateStripper.defaults().process(text).text();
        assertEquals(once, BoilerplateStripper.defaults().process(once).text());
    }
}
