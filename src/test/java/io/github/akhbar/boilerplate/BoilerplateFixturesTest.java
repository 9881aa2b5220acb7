package io.github.akhbar.boilerplate;

import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Line-level precision and recall of {@link BoilerplateStripper#defaults()} on the labelled
 * fixture articles in {@code src/test/resources/fixtures/} (format: see the README there).
 */
class BoilerplateFixturesTest {

    /** One labelled line: its label ("T", "C", a kind name, or "" for a blank line), text and line break. */
    record Labelled(String label, String text, String eol) {
        boolean boilerplate() {
            return !label.equals("T") && !label.equals("C") && !label.isEmpty();
        }

        boolean content() {
            return label.equals("T") || label.equals("C");
        }
    }

    record Fixture(String name, List<Labelled> lines) {
        String article() {
            StringBuilder sb = new StringBuilder();
            for (Labelled l : lines) {
                sb.append(l.text()).append(l.eol());
            }
            return sb.toString();
        }

        /** The span of each line in {@link #article()}, without its break. */
        List<Span> spans() {
            List<Span> out = new ArrayList<>();
            int pos = 0;
            for (Labelled l : lines) {
                out.add(Span.of(pos, pos + l.text().length()));
                pos += l.text().length() + l.eol().length();
            }
            return out;
        }
    }

    /** Counts of one run over every fixture. */
    record Score(int tp, int fp, int fn, Map<BoilerplateKind, int[]> perKind, List<String> errors) {
        double precision() {
            return tp / (double) Math.max(1, tp + fp);
        }

        double recall() {
            return tp / (double) Math.max(1, tp + fn);
        }

        /** Of the lines labelled {@code kind}, the share removed as {@code kind}. */
        double accuracy(BoilerplateKind kind) {
            int[] c = perKind.get(kind);
            return c[0] / (double) Math.max(1, c[1]);
        }
    }

    static List<Fixture> fixtures() {
        try {
            Path dir = Path.of(BoilerplateFixturesTest.class.getResource("/fixtures/README.md").toURI()).getParent();
            List<Fixture> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits on {@code \n}, keeping a {@code \r\n} break where the file has one. */
    static Fixture parse(String name, String file) {
        List<Labelled> lines = new ArrayList<>();
        String[] raw = file.split("\n", -1);
        int count = file.endsWith("\n") ? raw.length - 1 : raw.length;
        for (int i = 0; i < count; i++) {
            String line = raw[i];
            String eol = "\n";
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
                eol = "\r\n";
            }
            int bar = line.indexOf('|');
            if (line.replace('\u00A0', ' ').isBlank() || bar < 0) {
                lines.add(new Labelled("", line, eol));
                continue;
            }
            String label = line.substring(0, bar);
            lines.add(new Labelled(label.startsWith("B:") ? label.substring(2) : label, line.substring(bar + 1), eol));
        }
        return new Fixture(name, lines);
    }

    static Score score(BoilerplateStripper stripper) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<BoilerplateKind, int[]> perKind = new EnumMap<>(BoilerplateKind.class);
        for (BoilerplateKind k : BoilerplateKind.values()) {
            perKind.put(k, new int[2]);
        }
        List<String> errors = new ArrayList<>();
        for (Fixture f : fixtures()) {
            Document doc = stripper.process(f.article());
            DocumentAssertions.assertValid(doc);
            List<BoilerplateMention> removed = doc.annotations(BoilerplateMention.class);
            List<Span> spans = f.spans();
            for (int i = 0; i < spans.size(); i++) {
                Labelled l = f.lines().get(i);
                if (l.label().isEmpty()) {
                    continue;
                }
                BoilerplateMention hit = null;
                for (BoilerplateMention m : removed) {
                    if (m.span().equals(spans.get(i))) {
                        hit = m;
                    }
                }
                if (l.boilerplate()) {
                    perKind.get(BoilerplateKind.valueOf(l.label()))[1]++;
                }
                if (l.boilerplate() && hit != null) {
                    tp++;
                    if (hit.kind().name().equals(l.label())) {
                        perKind.get(hit.kind())[0]++;
                    } else {
                        errors.add(f.name() + " kind " + hit.kind() + " (" + hit.cue() + ") for " + l.label() + ": " + l.text());
                    }
                } else if (l.boilerplate()) {
                    fn++;
                    errors.add(f.name() + " missed " + l.label() + ": " + l.text());
                } else if (hit != null) {
                    fp++;
                    errors.add(f.name() + " removed content (" + hit.kind() + ", " + hit.cue() + "): " + l.text());
                }
            }
        }
        return new Score(tp, fp, fn, perKind, errors);
    }

    @Test
    void atLeastFortyFixtures() {
        assertTrue(fixtures().size() >= 40, "fixtures: " + fixtures().size());
    }

    @Test
    void fixtureLabelsNameKindsAndEveryKindIsThere() {
        Set<BoilerplateKind> seen = new HashSet<>();
        for (Fixture f : fixtures()) {
            for (Labelled l : f.lines()) {
                if (l.boilerplate()) {
                    seen.add(BoilerplateKind.valueOf(l.label())); // throws on a typo
                } else {
                    assertTrue(l.label().isEmpty() || l.content(), f.name() + ": label " + l.label());
                }
            }
        }
        assertEquals(Set.of(BoilerplateKind.values()), seen);
    }

    @Test
    void fixturesAreDistinctArticles() {
        Set<String> lines = new HashSet<>();
        int content = 0;
        for (Fixture f : fixtures()) {
            for (Labelled l : f.lines()) {
                if (l.content() && l.text().length() > 60) {
                    content++;
                    assertTrue(lines.add(l.text()), f.name() + " repeats a content line: " + l.text());
                }
            }
        }
        assertTrue(content > 200, "long content lines: " + content);
    }

    @Test
    void precisionAndRecallOfTheBoilerplateClass() {
        Score s = score(BoilerplateStripper.defaults());
        System.out.printf("boilerplate fixtures (CONSERVATIVE): tp=%d fp=%d fn=%d precision=%.4f recall=%.4f%n",
                s.tp(), s.fp(), s.fn(), s.precision(), s.recall());
        for (BoilerplateKind k : BoilerplateKind.values()) {
            System.out.printf("  %-12s %3d lines, kind accuracy %.3f%n", k, s.perKind().get(k)[1], s.accuracy(k));
        }
        s.errors().forEach(e -> System.out.println("  " + e));
        assertTrue(s.precision() >= 0.97, "precision " + s.precision() + "; " + s.errors());
        assertTrue(s.recall() >= 0.97, "recall " + s.recall() + "; " + s.errors());
        for (BoilerplateKind k : BoilerplateKind.values()) {
            assertTrue(s.accuracy(k) >= 0.9, k + " accuracy " + s.accuracy(k) + "; " + s.errors());
        }
    }

    @Test
    void aggressiveModeFindsAtLeastAsMuch() {
        Score conservative = score(BoilerplateStripper.defaults());
        Score aggressive = score(BoilerplateStripper.aggressive());
        System.out.printf("boilerplate fixtures (AGGRESSIVE): tp=%d fp=%d fn=%d precision=%.4f recall=%.4f%n",
                aggressive.tp(), aggressive.fp(), aggressive.fn(), aggressive.precision(), aggressive.recall());
        aggressive.errors().forEach(e -> System.out.println("  " + e));
        assertTrue(aggressive.tp() >= conservative.tp());
        assertTrue(aggressive.precision() >= 0.9, "aggressive precision " + aggressive.precision());
    }

    /** The kept view lines are exactly the original lines without a mention, verbatim and in order. */
    @Test
    void keptAndRemovedLinesPartitionEveryFixture() {
        for (BoilerplateStripper stripper : List.of(BoilerplateStripper.defaults(), BoilerplateStripper.aggressive())) {
            for (Fixture f : fixtures()) {
                String article = f.article();
                Document doc = stripper.process(article);
                Set<Span> removed = new HashSet<>();
                doc.annotations(BoilerplateMention.class).forEach(m -> removed.add(m.span()));
                List<String> expected = new ArrayList<>();
                List<Span> spans = f.spans();
                int matched = 0;
                for (int i = 0; i < spans.size(); i++) {
                    Labelled l = f.lines().get(i);
                    if (removed.contains(spans.get(i))) {
                        matched++;
                    } else if (!l.label().isEmpty()) {
                        expected.add(l.text());
                    }
                }
                assertEquals(removed.size(), matched, f.name() + ": a mention that is not a whole line");
                // each kept view line, mapped back to the whole original line it came from
                List<String> kept = new ArrayList<>();
                String view = doc.text();
                int pos = 0;
                for (String line : view.split("\n", -1)) {
                    String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                    if (!body.replace('\u00A0', ' ').isBlank()) {
                        kept.add(BoilerplateStripper.wholeLine(article, doc.toOriginal(pos, pos + body.length())).of(article));
                    }
                    pos += line.length() + 1;
                }
                assertEquals(expected, kept, f.name() + " " + stripper.mode());
            }
        }
    }

    @Test
    void titleIsReportedWhenLabelled() {
        for (Fixture f : fixtures()) {
            String article = f.article();
            Document doc = BoilerplateStripper.defaults().process(article);
            List<TitleMention> titles = doc.annotations(TitleMention.class);
            String expected = null;
            for (Labelled l : f.lines()) {
                if (l.label().equals("T")) {
                    expected = l.text();
                }
            }
            if (expected == null) {
                assertTrue(titles.isEmpty(), f.name() + ": unexpected title " + titles);
            } else {
                assertEquals(1, titles.size(), f.name());
                assertEquals(expected, titles.get(0).span().of(article), f.name());
            }
        }
    }

    @Test
    void someFixturesHaveCrlfBreaksAndHtml() {
        int crlf = 0;
        int html = 0;
        for (Fixture f : fixtures()) {
            crlf += f.lines().stream().anyMatch(l -> l.eol().equals("\r\n")) ? 1 : 0;
            html += f.lines().stream().anyMatch(l -> l.text().contains("&") || l.text().contains("<")) ? 1 : 0;
        }
        assertTrue(crlf >= 3, "fixtures with CRLF: " + crlf);
        assertTrue(html >= 5, "fixtures with HTML residue: " + html);
    }
}
