package io.github.akhbar;

import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link TextEditor} and {@link OffsetMap} against a slow reference that applies the same edits
 * character by character and records, for every output character, the original range it came
 * from.
 */
class TextEditorProperties {

    /** An edit in abstract form, made concrete against the current text by {@link #concretize}. */
    record Op(int skip, int length, String replacement) {
    }

    record Edit(int start, int end, String replacement) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 12),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                        net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 3)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(4, 30))),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                        net.jqwik.api.Tuple.of(5, Arbitraries.strings().withChars("xyzابت").ofMinLength(1).ofMaxLength(3))))
                .as(Op::new);
        return op.list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<List<Op>>> rounds() {
        return ops().list().ofMinSize(1).ofMaxSize(5);
    }

    static List<Edit> concretize(List<Op> ops, int length) {
        List<Edit> edits = new ArrayList<>();
        int pos = 0;
        for (Op op : ops) {
            int start = Math.min(length, pos + op.skip());
            int end = Math.min(length, start + op.length());
            if (start == end && op.replacement().isEmpty()) {
                continue;
            }
            edits.add(new Edit(start, end, op.replacement()));
            pos = end;
        }
        return edits;
    }

    /** Reference: the text plus, per char, the original [start, end) it maps to. */
    record Ref(String text, int[] os, int[] oe, int originalLength) {
        static Ref identity(String s) {
            int[] os = new int[s.length()];
            int[] oe = new int[s.length()];
            for (int i = 0; i < s.length(); i++) {
                os[i] = i;
                oe[i] = i + 1;
            }
            return new Ref(s, os, oe, s.length());
        }

        int startOf(int i) {
            return i == text.length() ? originalLength : os[i];
        }

        int endOf(int i) {
            return i == 0 ? 0 : oe[i - 1];
        }

        Ref apply(List<Edit> edits) {
            StringBuilder sb = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            int pos = 0;
            for (Edit e : edits) {
                for (; pos < e.start(); pos++) {
                    sb.append(text.charAt(pos));
                    ranges.add(new int[] {os[pos], oe[pos]});
                }
                String r = e.replacement();
                int len = e.end() - e.start();
                for (int k = 0; k < r.length(); k++) {
                    sb.append(r.charAt(k));
                    if (r.length() == len) {
                        ranges.add(new int[] {os[e.start() + k], oe[e.start() + k]});
                    } else if (len == 0) {
                        int end = endOf(e.start());
                        ranges.add(new int[] {Math.min(startOf(e.start()), end), end});
                    } else {
                        ranges.add(new int[] {os[e.start()], Math.max(os[e.start()], oe[e.end() - 1])});
                    }
                }
                pos = e.end();
            }
            for (; pos < text.length(); pos++) {
                sb.append(text.charAt(pos));
                ranges.add(new int[] {os[pos], oe[pos]});
            }
            int[] nos = new int[ranges.size()];
            int[] noe = new int[ranges.size()];
            for (int i = 0; i < nos.length; i++) {
                nos[i] = ranges.get(i)[0];
                noe[i] = ranges.get(i)[1];
            }
            return new Ref(sb.toString(), nos, noe, originalLength);
        }
    }

    static Document applyEdits(Document doc, List<Edit> edits) {
        TextEditor editor = doc.edit();
        for (Edit e : edits) {
            editor.replace(e.start(), e.end(), e.replacement());
        }
        return editor.apply();
    }

    static void assertMatches(Ref ref, Document doc) {
        assertEquals(ref.text(), doc.text());
        OffsetMap map = doc.offsets();
        for (int i = 0; i <= ref.text().length(); i++) {
            assertEquals(ref.startOf(i), map.toOriginalStart(i), "start of " + i + " in " + map);
            assertEquals(ref.endOf(i), map.toOriginalEnd(i), "end of " + i + " in " + map);
        }
    }

    @Property(tries = 1000)
    void oneRoundMatchesReference(@ForAll("texts") String text, @ForAll("ops") List<Op> ops) {
        List<Edit> edits = concretize(ops, text.length());
        Document doc = applyEdits(Document.of(text), edits);
        assertMatches(Ref.identity(text).apply(edits), doc);
        DocumentAssertions.assertValid(doc);
    }

    @Property(tries = 600)
    void composedRoundsMatchReference(@ForAll("texts") String text, @ForAll("rounds") List<List<Op>> rounds) {
        Document doc = Document.of(text);
        Ref ref = Ref.identity(text);
        for (List<Op> round : rounds) {
            List<Edit> edits = concretize(round, doc.text().length());
            doc = applyEdits(doc, edits);
            ref = ref.apply(edits);
            assertMatches(ref, doc);
        }
        DocumentAssertions.assertValid(doc);
    }

    @Property(tries = 300)
    void standaloneResultAgreesWithDocument(@ForAll("texts") String text, @ForAll("ops") List<Op> ops) {
        List<Edit> edits = concretize(ops, text.length());
        TextEditor editor = TextEditor.of(text);
        for (Edit e : edits) {
            editor.replace(e.start(), e.end(), e.replacement());
        }
        TextEditor.Result r = editor.result();
        Document doc = applyEdits(Document.of(text), edits);
        assertEquals(doc.text(), r.text());
        assertEquals(doc.offsets(), r.map());
    }

    @Property(tries = 300)
    void spansMappedFromTheViewPointAtTheirSource(@ForAll("texts") String text, @ForAll("ops") List<Op> ops) {
        // edits that only delete: every surviving view char maps to the same char in the original
        List<Edit> deletions = concretize(ops, text.length()).stream()
                .map(e -> new Edit(e.start(), e.end(), "")).toList();
        Document doc = applyEdits(Document.of(text), deletions);
        for (int i = 0; i < doc.text().length(); i++) {
            Span s = doc.offsets().toOriginal(i, i + 1);
            assertEquals(String.valueOf(doc.text().charAt(i)), s.of(doc.original()));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return ArabicArbitraries.arabicish(40);
    }
}
