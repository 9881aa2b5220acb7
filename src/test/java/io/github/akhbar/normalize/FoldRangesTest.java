package io.github.akhbar.normalize;

import io.github.akhbar.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.akhbar.normalize.ArabicNormalizerTest.assertNormalized;
import static io.github.akhbar.normalize.ArabicNormalizerTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every code point range of the {@link Fold} table, walked code point by code point: each fold
 * does what its row says to every unit of its ranges and leaves every other unit of
 * {@link FoldTable#CANDIDATES} alone; the ranges below are exactly those of the {@code Fold}
 * Javadoc and of {@code docs/normalization.md}.
 */
class FoldRangesTest {

    /** One row of the table: ranges ({@code U+XXXX} or {@code U+XXXX-U+XXXX}) and what a unit becomes alone. */
    record Row(String ranges, IntFunction<String> effect) {
    }

    private static final IntFunction<String> REMOVED = c -> "";
    private static final String ELONGATION_SKIPPED = "U+0640 U+064B-U+065F U+0670";

    /** The documented rows; for DIGITS' separators and ELONGATION the effect is checked in context instead. */
    static final Map<Fold, List<Row>> ROWS = new EnumMap<>(Fold.class);

    static {
        row(Fold.HAMZA_ALEF, "U+0622 U+0623 U+0625", c -> "\u0627");
        row(Fold.ALEF_VARIANTS, "U+0671 U+0672 U+0673 U+0675", c -> "\u0627");
        row(Fold.ALEF_MAKSURA, "U+0649", c -> "\u064A");
        row(Fold.TEH_MARBUTA, "U+0629", c -> "\u0647");
        row(Fold.HAMZA_CARRIERS, "U+0624", c -> "\u0648");
        row(Fold.HAMZA_CARRIERS, "U+0626", c -> "\u064A");
        row(Fold.TATWEEL, "U+0640", REMOVED);
        row(Fold.DIACRITICS, "U+064B-U+0652", REMOVED);
        row(Fold.QURANIC_MARKS, "U+0610-U+061A U+0653-U+065F U+0670 U+06D6-U+06DC U+06DF-U+06E4 U+06E7-U+06E8 "
                + "U+06EA-U+06ED U+08D3-U+08E1 U+08E3-U+08FF", REMOVED);
        row(Fold.DIGITS, "U+0660-U+0669", c -> String.valueOf((char) ('0' + c - 0x0660)));
        row(Fold.DIGITS, "U+06F0-U+06F9", c -> String.valueOf((char) ('0' + c - 0x06F0)));
        row(Fold.DIGITS, "U+066B U+066C", null);
        // first match wins: the isolated harakat before the general rule
        row(Fold.PRESENTATION_FORMS, "U+FC5E-U+FC63 U+FE70 U+FE72 U+FE74 U+FE76 U+FE78 U+FE7A U+FE7C U+FE7E", c -> {
            String nfkc = nfkc(c);
            assertTrue(nfkc.startsWith(" ") && nfkc.length() > 1, () -> hex(c) + " decomposes to " + nfkc);
            return nfkc.substring(1);
        });
        row(Fold.PRESENTATION_FORMS, "U+FB50-U+FDFF U+FE70-U+FEFE", c -> {
            String nfkc = nfkc(c);
            // an NFKC that starts with a space would need a row above
            assertFalse(nfkc.startsWith(" "), () -> hex(c) + " decomposes to a leading space");
            return nfkc;
        });
        row(Fold.PERSIAN_LETTERS, "U+06CC U+06D0 U+06D2 U+06D3", c -> "\u064A");
        row(Fold.PERSIAN_LETTERS, "U+06A9 U+06AA", c -> "\u0643");
        row(Fold.PERSIAN_LETTERS, "U+06BE U+06C0 U+06C1 U+06C2 U+06D5", c -> "\u0647");
        row(Fold.PERSIAN_LETTERS, "U+06C3", c -> "\u0629");
        row(Fold.INVISIBLES, "U+00AD U+061C U+180E U+200B-U+200F U+202A-U+202E U+2060-U+2064 U+2066-U+2069 U+FEFF",
                REMOVED);
        row(Fold.SPACES, "U+00A0 U+1680 U+2000-U+200A U+202F U+205F U+3000", c -> " ");
        row(Fold.PUNCTUATION, "U+060C", c -> ",");
        row(Fold.PUNCTUATION, "U+061B", c -> ";");
        row(Fold.PUNCTUATION, "U+061F", c -> "?");
        row(Fold.PUNCTUATION, "U+066A", c -> "%");
        row(Fold.PUNCTUATION, "U+06D4", c -> ".");
        row(Fold.PUNCTUATION, "U+00AB U+00BB", c -> "\"");
        row(Fold.ELONGATION, "U+0621-U+063F U+0641-U+064A", null);
        row(Fold.ELONGATION, ELONGATION_SKIPPED, null);
    }

    private static void row(Fold fold, String ranges, IntFunction<String> effect) {
        ROWS.computeIfAbsent(fold, f -> new ArrayList<>()).add(new Row(ranges, effect));
    }

    private static final Pattern RANGE = Pattern.compile("U\\+([0-9A-F]{4})(?:\\s*[-\u2013]\\s*U\\+([0-9A-F]{4}))?");

    /** The code points of every {@code U+XXXX} and {@code U+XXXX-U+XXXX} in {@code text}. */
    static TreeSet<Integer> codePoints(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            addRange(out, m);
        }
        return out;
    }

    private static void addRange(TreeSet<Integer> out, Matcher m) {
        int from = Integer.parseInt(m.group(1), 16);
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2), 16);
        for (int c = from; c <= to; c++) {
            out.add(c);
        }
    }

    static TreeSet<Integer> documented(Fold fold) {
        TreeSet<Integer> all = new TreeSet<>();
        for (Row r : ROWS.get(fold)) {
            all.addAll(codePoints(r.ranges()));
        }
        return all;
    }

    private static boolean inCandidates(int c) {
        for (int[] r : FoldTable.CANDIDATES) {
            if (c >= r[0] && c <= r[1]) {
                return true;
            }
        }
        return false;
    }

    // ---- the code does what the rows say, to every unit of them and to no other ----

    @ParameterizedTest
    @EnumSource(Fold.class)
    void everyDocumentedUnitIsFolded(Fold fold) {
        ArabicNormalizer n = only(fold);
        TreeSet<Integer> done = new TreeSet<>();
        int checked = 0;
        for (Row row : ROWS.get(fold)) {
            for (int c : codePoints(row.ranges())) {
                if (!done.add(c)) {
                    continue; // an earlier row of this fold owns it
                }
                assertTrue(inCandidates(c), () -> hex(c) + " is outside FoldTable.CANDIDATES");
                String unit = String.valueOf((char) c);
                if (fold == Fold.DIGITS && row.effect() == null) {
                    assertSame(unit, n.normalize(unit), hex(c) + " alone");
                    assertNormalized(n, "1" + unit + "2", c == 0x066B ? "1.2" : "1,2");
                } else if (fold == Fold.ELONGATION) {
                    assertElongation(n, c, row.ranges().equals(ELONGATION_SKIPPED));
                } else {
                    assertNormalized(n, "x" + unit + "y", "x" + row.effect().apply(c) + "y");
                }
                checked++;
            }
        }
        assertEquals(documented(fold).size(), checked);
    }

    private static void assertElongation(ArabicNormalizer n, int c, boolean skipped) {
        String u = String.valueOf((char) c);
        if (skipped) {
            // between the copies of a run: removed with them
            assertNormalized(n, "\u0628" + u + "\u0628" + u + "\u0628" + u, "\u0628" + u);
        } else {
            assertNormalized(n, u + u + u, u);
            assertNormalized(n, u + u, u + u);
        }
    }

    @ParameterizedTest
    @EnumSource(Fold.class)
    void everyOtherCandidateUnitIsLeftAlone(Fold fold) {
        ArabicNormalizer n = only(fold);
        TreeSet<Integer> mine = documented(fold);
        int checked = 0;
        int candidates = 0;
        for (int[] range : FoldTable.CANDIDATES) {
            for (int c = range[0]; c <= range[1]; c++) {
                candidates++;
                if (mine.contains(c)) {
                    continue;
                }
                String u = String.valueOf((char) c);
                String s = fold == Fold.ELONGATION ? u + u + u + " \u0628" + u + "\u0628" + u + "\u0628"
                        : fold == Fold.DIGITS ? "1" + u + "2" : u;
                assertSame(s, n.normalize(s), hex(c));
                char[] buf = s.toCharArray();
                assertEquals(s.length(), n.normalize(buf, 0, buf.length), hex(c));
                assertEquals(s, new String(buf));
                Document d = Document.of(s);
                assertSame(d, n.process(d), hex(c));
                checked++;
            }
        }
        assertEquals(candidates - mine.size(), checked);
    }

    // ---- the Javadoc and the docs list exactly these ranges ----

    @Test
    void foldJavadocListsExactlyTheTestedRanges() throws IOException {
        Map<Fold, TreeSet<Integer>> listed = new EnumMap<>(Fold.class);
        List<String> lines = Files.readAllLines(Path.of("src/main/java/io/github/akhbar/normalize/Fold.java"),
                StandardCharsets.UTF_8);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(" * fold ")) {
                header = i;
                break;
            }
        }
        assertTrue(header >= 0, "no table header in Fold.java");
        int outputColumn = lines.get(header).indexOf("output");
        Fold current = null;
        for (int i = header + 1; !lines.get(i).startsWith(" * </pre>"); i++) {
            String line = lines.get(i);
            String name = line.length() > 3 ? line.substring(3).split(" ", 2)[0] : "";
            if (!name.isEmpty()) {
                current = Fold.valueOf(name);
            }
            Matcher m = RANGE.matcher(line);
            while (m.find()) {
                if (m.start() < outputColumn) { // the input column
                    addRange(listed.computeIfAbsent(current, f -> new TreeSet<>()), m);
                }
            }
        }
        for (Fold f : Fold.values()) {
            assertEquals(documented(f), listed.get(f), f + ": Fold Javadoc against the tested rows");
        }
    }

    @Test
    void docsListExactlyTheTestedRanges() throws IOException {
        Map<Fold, TreeSet<Integer>> listed = new EnumMap<>(Fold.class);
        Pattern row = Pattern.compile("^\\| `([A-Z_]+)`[^|]*\\|([^|]*)\\|");
        boolean inFolds = false;
        for (String line : Files.readAllLines(Path.of("docs/normalization.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inFolds = line.equals("## Folds");
            }
            Matcher m = row.matcher(line);
            if (inFolds && m.find()) {
                // in the "changes" column every U+ code point is an input; outputs are written as characters
                listed.computeIfAbsent(Fold.valueOf(m.group(1)), f -> new TreeSet<>()).addAll(codePoints(m.group(2)));
            }
        }
        for (Fold f : Fold.values()) {
            assertEquals(documented(f), listed.get(f), f + ": docs/normalization.md against the tested rows");
        }
    }

    private static String nfkc(int c) {
        return Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
    }

    private static String hex(int c) {
        return String.format("U+%04X", c);
    }
}
