package io.github.akhbar.testing;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.OffsetMap;
import io.github.akhbar.Span;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The invariant checker every test runs on every document it produces.
 */
public final class DocumentAssertions {

    private DocumentAssertions() {
    }

    /**
     * Checks every library invariant on {@code doc}: each span lies inside the original and does
     * not split a surrogate pair; annotations are sorted by span; tokens do not overlap (except
     * inside one expanded code point); the offset map is valid for the view and the original; and
     * the document survives a serialization round trip unchanged.
     */
    public static void assertValid(Document doc) {
        String original = doc.original();
        int n = original.length();
        List<Annotation> all = doc.annotations();
        Span previous = null;
        Span previousToken = null;
        for (Annotation a : all) {
            Span s = a.span();
            assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= n,
                    () -> a.type() + " span " + s + " outside original of length " + n);
            assertNoSplitPair(original, s.start(), a);
            assertNoSplitPair(original, s.end(), a);
            if (previous != null) {
                assertTrue(previous.compareTo(s) <= 0, "annotations not sorted: " + previous + " then " + s);
            }
            previous = s;
            if (a.type().equals("token")) {
                if (previousToken != null) {
                    Span pt = previousToken;
                    // tokens never overlap, except where one original code point expanded into
                    // several tokens of the view (U+FDFA is four words): they then share that code point
                    boolean disjoint = pt.end() <= s.start();
                    boolean sharedExpansion = pt.start() <= s.start() && pt.end() <= s.end()
                            && pt.end() - s.start() == Character.charCount(doc.original().codePointAt(s.start()));
                    assertTrue(disjoint || sharedExpansion, () -> "tokens overlap: " + pt + " and " + s);
                }
                previousToken = s;
            }
        }
        assertMapValid(doc.offsets(), doc.text().length(), n);
        assertEquals(doc, roundTrip(doc), "document changed by a serialization round trip");
    }

    /** Checks an offset map: bounds, monotonicity, end points. */
    public static void assertMapValid(OffsetMap map, int viewLength, int originalLength) {
        assertEquals(viewLength, map.viewLength(), "map view length");
        assertEquals(originalLength, map.originalLength(), "map original length");
        assertEquals(0, map.toOriginalEnd(0), "end map of 0");
        assertEquals(originalLength, map.toOriginalStart(viewLength), "start map of the view end");
        int prevS = -1;
        int prevE = -1;
        for (int i = 0; i <= viewLength; i++) {
            int s = map.toOriginalStart(i);
            int e = map.toOriginalEnd(i);
            if (s < 0 || s > originalLength || e < 0 || e > originalLength) {
                fail("position " + i + " maps outside [0, " + originalLength + "]: start " + s + ", end " + e);
            }
            if (s < prevS || e < prevE) {
                fail("map not monotone at " + i + ": " + map);
            }
            if (i > 0) {
                int ps = map.toOriginalStart(i - 1);
                if (ps > e) {
                    fail("char " + (i - 1) + " maps to an inverted range [" + ps + ", " + e + "): " + map);
                }
            }
            prevS = s;
            prevE = e;
        }
    }

    private static void assertNoSplitPair(String original, int i, Annotation a) {
        if (i > 0 && i < original.length() && Character.isHighSurrogate(original.charAt(i - 1))
                && Character.isLowSurrogate(original.charAt(i))) {
            fail(a.type() + " span " + a.span() + " splits a surrogate pair at " + i);
        }
    }

    /** Serializes and deserializes {@code value}. */
    @SuppressWarnings("unchecked")
    public static <T extends Serializable> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("serialization round trip failed for " + value, e);
        }
    }
}
