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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateStripperProperties {

    private static final List<BoilerplateStripper> STRIPPERS = List.of(
            BoilerplateStripper.defaults(), BoilerplateStripper.aggressive());
    /** Decodes HTML and removes nothing: its view has the original's lines, decoded. */
    private static final BoilerplateStripper DECODE_ONLY = BoilerplateStripper.builder().kinds(Set.of()).build();

    @Provide
    Arbitrary<String> articles() {
        return BoilerplateArbitraries.article();
    }

    @Provide
    Arbitrary<String> anyText() {
        return net.jqwik.api.Arbitraries.oneOf(ArabicArbitraries.anyString(), ArabicArbitraries.arabicishLines(),
                ArabicArbitraries.arabicish());
    }

    /** The span of every line of {@code text}, without its break. */
    static List<Span> lineSpans(String text) {
        List<Span> lines = new ArrayList<>();
        int pos = 0;
        for (String l : text.split("\n", -1)) {
            int end = pos + l.length();
            lines.add(Span.of(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end));
            pos = end + 1;
        }
        return lines;
    }

    private static int lineOf(List<Span> lines, int offset) {
        int i = 0;
        while (i + 1 < lines.size() && lines.get(i + 1).start() <= offset) {
            i++;
        }
        return i;
    }

    private static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
        }
        return true;
    }

    private static String chomp(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Property(tries = 400)
    void strippingIsIdempotent(@ForAll("articles") String text) {
        for (BoilerplateStripper s : STRIPPERS) {
            String once = s.process(text).text();
            assertEquals(once, s.process(once).text(), s.mode().toString());
        }
    }

    /**
     * Kept and removed lines partition the input: every original line is removed (a mention spans
     * it exactly), kept (it is a view line, with only its HTML decoded, in input order), or blank
     * and dropped.
     */
    @Property(tries = 400)
    void keptAndRemovedLinesPartitionTheInput(@ForAll("articles") String text) {
        Statistics.label("has html").collect(text.contains("<") || text.contains("&"));
        Statistics.label("has crlf").collect(text.contains("\r\n"));
        List<Span> lines = lineSpans(text);
        String[] decoded = DECODE_ONLY.process(text).text().split("\n", -1);
        assertEquals(lines.size(), decoded.length, "decoding keeps the lines");
        for (BoilerplateStripper s : STRIPPERS) {
            Document doc = s.process(text);
            Set<Integer> removed = new HashSet<>();
            for (BoilerplateMention m : doc.annotations(BoilerplateMention.class)) {
                int i = lines.indexOf(m.span());
                assertTrue(i >= 0, () -> "not a whole line: " + m.span());
                assertTrue(removed.add(i), "removed twice");
            }
            if (s == BoilerplateStripper.defaults()) {
                Statistics.label("removes").collect(!removed.isEmpty());
            }
            Set<Integer> kept = new HashSet<>();
            int last = -1;
            if (!doc.text().isEmpty()) {
                int pos = 0;
                for (String viewLine : doc.text().split("\n", -1)) {
                    int i = lineOf(lines, doc.toOriginal(pos, pos).start());
                    assertTrue(i > last, "kept lines in input order");
                    assertTrue(!removed.contains(i), "a removed line is kept");
                    assertEquals(chomp(decoded[i]), chomp(viewLine), "a kept line is the original line, decoded");
                    kept.add(i);
                    last = i;
                    pos += viewLine.length() + 1;
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!kept.contains(i) && !removed.contains(i)) {
                    assertTrue(blank(chomp(decoded[i])), "dropped line " + i + " is not blank: " + decoded[i]);
                }
            }
        }
        Statistics.label("removes").coverage(c -> c.check(true).percentage(p -> p >= 50));
        Statistics.label("has html").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("has crlf").coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    @Property(tries = 400)
    void everyRemovedSpanIsAWholeLine(@ForAll("articles") String text) {
        for (BoilerplateStripper st : STRIPPERS) {
            Document doc = st.process(text);
            for (BoilerplateMention m : doc.annotations(BoilerplateMention.class)) {
                Span s = m.span();
                assertTrue(s.start() == 0 || text.charAt(s.start() - 1) == '\n', () -> "starts mid-line: " + s);
                assertTrue(s.end() == text.length() || text.charAt(s.end()) == '\n'
                        || (text.charAt(s.end()) == '\r' && (s.end() + 1 == text.length() || text.charAt(s.end() + 1) == '\n')),
                        () -> "ends mid-line: " + s);
                assertTrue(s.length() > 0);
            }
        }
    }

    @Property(tries = 400)
    void removedLinesMapToTheirExactOriginalOffsets(@ForAll("articles") String text) {
        List<Span> lines = lineSpans(text);
        for (BoilerplateStripper st : STRIPPERS) {
            Document doc = st.process(text);
            for (BoilerplateMention m : doc.annotations(BoilerplateMention.class)) {
                assertTrue(lines.contains(m.span()), () -> "not a line span: " + m.span() + " in " + lines);
            }
            for (TitleMention t : doc.annotations(TitleMention.class)) {
                assertTrue(lines.contains(t.span()), () -> "title not a line span: " + t.span());
            }
        }
    }

    @Property(tries = 400)
    void sentenceLinesAreNeverRemoved(@ForAll("articles") String text) {
        String[] decoded = DECODE_ONLY.process(text).text().split("\n", -1);
        List<Span> lines = lineSpans(text);
        for (BoilerplateStripper s : STRIPPERS) {
            Document doc = s.process(text);
            for (BoilerplateMention m : doc.annotations(BoilerplateMention.class)) {
                String line = chomp(decoded[lines.indexOf(m.span())]).strip();
                boolean sentence = line.endsWith(".")
                        && BoilerplateArbitraries.CONTENT.stream().anyMatch(c -> c.endsWith(".") && line.contains(c));
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
    void documentsAreIdempotentOnNoise(@ForAll("anyText") String text) {
        for (BoilerplateStripper s : STRIPPERS) {
            String once = s.process(text).text();
            assertEquals(once, s.process(once).text());
        }
    }
}
