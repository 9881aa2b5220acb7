package io.github.akhbar.boilerplate;

import io.github.akhbar.Document;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Line-level precision and recall of {@link BoilerplateStripper#defaults()} on the labelled
 * fixture articles in {@code src/test/resources/fixtures/} (format: see the README there).
 */
class BoilerplateFixturesTest {

    /** One labelled line: its label ("T", "C" or a kind name) and its text. */
    record Labelled(String label, String text) {
        boolean boilerplate() {
            return !label.equals("T") && !label.equals("C") && !label.isEmpty();
        }
    }

    record Fixture(String name, List<Labelled> lines) {
        String article() {
            StringBuilder sb = new StringBuilder();
            for (Labelled l : lines) {
                sb.append(l.text()).append('\n');
            }
            return sb.toString();
        }
    }

    static List<Fixture> fixtures() {
        try {
            Path dir = Path.of(BoilerplateFixturesTest.class.getResource("/fixtures/README.md").toURI()).getParent();
            List<Fixture> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(parse(p.getFileName().toString(), Files.readAllLines(p, StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Fixture parse(String name, List<String> raw) {
        List<Labelled> lines = new ArrayList<>();
        for (String line : raw) {
            int bar = line.indexOf('|');
            if (line.isBlank() || bar < 0) {
                lines.add(new Labelled("", line));
                continue;
            }
            String label = line.substring(0, bar);
            lines.add(new Labelled(label.startsWith("B:") ? label.substring(2) : label, line.substring(bar + 1)));
        }
        return new Fixture(name, lines);
    }

    @Test
    void atLeastFortyFixtures() {
        assertTrue(fixtures().size() >= 40, "fixtures: " + fixtures().size());
    }

    @Test
    void fixtureLabelsNameKinds() {
        for (Fixture f : fixtures()) {
            for (Labelled l : f.lines()) {
                if (l.boilerplate()) {
                    BoilerplateKind.valueOf(l.label()); // throws on a typo
                }
            }
        }
    }

    @Test
    void precisionAndRecallOfTheBoilerplateClass() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int kindRight = 0;
        List<String> errors = new ArrayList<>();
        BoilerplateStripper stripper = BoilerplateStripper.defaults();
        for (Fixture f : fixtures()) {
            String article = f.article();
            Document doc = stripper.process(article);
            DocumentAssertions.assertValid(doc);
            List<BoilerplateMention> removed = doc.annotations(BoilerplateMention.class);
            int pos = 0;
            for (Labelled l : f.lines()) {
                int start = pos;
                int end = pos + l.text().length();
                pos = end + 1;
                if (l.label().isEmpty()) {
                    continue;
                }
                BoilerplateMention hit = null;
                for (BoilerplateMention m : removed) {
                    if (m.span().start() == start && m.span().end() == end) {
                        hit = m;
                    }
                }
                if (l.boilerplate() && hit != null) {
                    tp++;
                    if (hit.kind().name().equals(l.label())) {
                        kindRight++;
                    } else {
                        errors.add(f.name() + " kind " + hit.kind() + " for " + l.label() + ": " + l.text());
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
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        System.out.printf("boilerplate fixtures: tp=%d fp=%d fn=%d precision=%.4f recall=%.4f kind accuracy=%.4f%n",
                tp, fp, fn, precision, recall, kindRight / (double) Math.max(1, tp));
        errors.forEach(e -> System.out.println("  " + e));
        assertTrue(precision >= 0.97, "precision " + precision + "; " + errors);
        assertTrue(recall >= 0.97, "recall " + recall + "; " + errors);
    }

    @Test
    void keptTextIsExactlyTheContentLines() {
        for (Fixture f : fixtures()) {
            Document doc = BoilerplateStripper.defaults().process(f.article());
            List<String> expected = new ArrayList<>();
            for (Labelled l : f.lines()) {
                if (l.label().equals("T") || l.label().equals("C")) {
                    expected.add(l.text());
                }
            }
            List<String> kept = new ArrayList<>();
            for (String line : doc.text().split("\n")) {
                if (!line.replace('\u00A0', ' ').isBlank()) {
                    kept.add(line);
                }
            }
            assertEquals(expected, kept, f.name());
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

}
