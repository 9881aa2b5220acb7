package io.github.akhbar;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable map from positions in a document's current view ({@link Document#text()}) to
 * positions in its original text ({@link Document#original()}).
 *
 * <p>The view is cut into segments. A <em>linear</em> segment was copied (or replaced by text of
 * the same length, character for character) and maps by a constant shift. A <em>replaced</em>
 * segment came from an edit that changed the length; every position inside it maps to the whole
 * original range it replaced. Deleted original text has no segment: it lies between two
 * segments. Start and end positions need different rules at such seams, so there are two
 * lookups:
 * <ul>
 *   <li>{@link #toOriginalStart(int)} maps view index {@code i} to the original start of the
 *       character at {@code i} (for {@code i == viewLength()}: {@link #originalLength()});</li>
 *   <li>{@link #toOriginalEnd(int)} maps view index {@code i} to the original end of the
 *       character at {@code i - 1} (for {@code i == 0}: 0).</li>
 * </ul>
 *
 * <pre>
 * original "aXYb", view "ab" (XY deleted):
 *   toOriginalStart(1) = 3    the 'b' starts at 3
 *   toOriginalEnd(1)   = 1    the 'a' ends at 1
 * original "a\uFEFBb", view "a\u0644\u0627b" (lam-alef ligature expanded):
 *   toOriginal(1, 2)   = [1, 2)   the lam alone still covers the whole ligature
 *   toOriginal(2, 3)   = [1, 2)
 *   toOriginalStart(99)           IndexOutOfBoundsException
 * </pre>
 *
 * <p>Maps compose eagerly ({@link #andThen(OffsetMap)}): a map is always a flat segment table,
 * so a lookup costs O(log segments) whatever the number of edits that produced it. Only
 * {@link TextEditor} creates non-identity maps.
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class OffsetMap implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] NONE = new int[0];

    private final int viewLength;
    private final int originalLength;
    /** Segment starts in view coordinates, strictly ascending, first is 0. Empty means identity. */
    private final int[] viewStart;
    /** Original start of each segment. */
    private final int[] origStart;
    /** Original end of each segment. */
    private final int[] origEnd;
    /** Whether each segment is linear (char-for-char) or replaced (maps to its whole range). */
    private final boolean[] linear;

    private OffsetMap(int viewLength, int originalLength, int[] viewStart, int[] origStart, int[] origEnd,
                      boolean[] linear) {
        this.viewLength = viewLength;
        this.originalLength = originalLength;
        this.viewStart = viewStart;
        this.origStart = origStart;
        this.origEnd = origEnd;
        this.linear = linear;
    }

    /**
     * The identity map over a text of the given length.
     *
     * @param length text length, {@code >= 0}
     * @return a map where every position maps to itself
     * @throws IllegalArgumentException if {@code length < 0}
     */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, was " + length);
        }
        return new OffsetMap(length, length, NONE, NONE, NONE, new boolean[0]);
    }

    /** @return true when every view position maps to itself */
    public boolean isIdentity() {
        return viewStart.length == 0 && viewLength == originalLength;
    }

    /** @return the length of the view this map reads from */
    public int viewLength() {
        return viewLength;
    }

    /** @return the length of the original text this map points into */
    public int originalLength() {
        return originalLength;
    }

    /** @return the number of segments (0 for the identity map) */
    public int segmentCount() {
        return viewStart.length;
    }

    /**
     * The original start of the character at view index {@code i}.
     *
     * @param i view index, {@code 0 <= i <= viewLength()}
     * @return original index
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public int toOriginalStart(int i) {
        Objects.checkIndex(i, viewLength + 1);
        if (isIdentity()) {
            return i;
        }
        if (i == viewLength) {
            return originalLength;
        }
        int k = segmentOf(i);
        // (an empty view has no segments and returned above)
        return linear[k] ? origStart[k] + (i - viewStart[k]) : origStart[k];
    }

    /**
     * The original end of the character at view index {@code i - 1}.
     *
     * @param i view index, {@code 0 <= i <= viewLength()}
     * @return original index
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public int toOriginalEnd(int i) {
        Objects.checkIndex(i, viewLength + 1);
        if (isIdentity()) {
            return i;
        }
        if (i == 0) {
            return 0;
        }
        int k = segmentOf(i - 1);
        return linear[k] ? origStart[k] + (i - viewStart[k]) : origEnd[k];
    }

    /**
     * Maps a view range to the original range it came from. For a non-empty range the result is
     * {@code [toOriginalStart(start), toOriginalEnd(end))}; an empty range maps to an empty span
     * at {@code toOriginalStart(start)}.
     *
     * @param start view start, inclusive
     * @param end   view end, exclusive
     * @return the original span
     * @throws IndexOutOfBoundsException if the range is not within {@code [0, viewLength()]}
     */
    public Span toOriginal(int start, int end) {
        Objects.checkFromToIndex(start, end, viewLength);
        int s = toOriginalStart(start);
        if (start == end) {
            return new Span(s, s);
        }
        int e = toOriginalEnd(end);
        return new Span(s, Math.max(s, e));
    }

    private int segmentOf(int i) {
        int k = Arrays.binarySearch(viewStart, i);
        return k >= 0 ? k : -k - 2;
    }

    /**
     * Composes two maps: {@code this} maps view B to view A, {@code toOriginal} maps view A to
     * the original. The result maps view B straight to the original, as one flat table.
     *
     * @param toOriginal the map applied after this one
     * @return the composed map
     * @throws IllegalArgumentException if this map's original length differs from the view
     *                                  length of {@code toOriginal}
     */
    public OffsetMap andThen(OffsetMap toOriginal) {
        Objects.requireNonNull(toOriginal, "toOriginal");
        if (originalLength != toOriginal.viewLength) {
            throw new IllegalArgumentException("cannot compose: map reads a text of length " + originalLength
                    + " but the next map's view has length " + toOriginal.viewLength);
        }
        if (toOriginal.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return toOriginal;
        }
        Builder b = new Builder(viewLength, toOriginal.originalLength);
        for (int k = 0; k < viewStart.length; k++) {
            int vs = viewStart[k];
            int ve = k + 1 < viewStart.length ? viewStart[k + 1] : viewLength;
            if (vs == ve) {
                continue;
            }
            if (linear[k]) {
                // split by the segments of the next map over [origStart, origStart + len)
                int p = origStart[k];
                int pe = p + (ve - vs);
                while (p < pe) {
                    int j = toOriginal.segmentOf(p);
                    int segEnd = j + 1 < toOriginal.viewStart.length ? toOriginal.viewStart[j + 1] : toOriginal.viewLength;
                    int q = Math.min(pe, segEnd);
                    int v = vs + (p - origStart[k]);
                    if (toOriginal.linear[j]) {
                        int o = toOriginal.origStart[j] + (p - toOriginal.viewStart[j]);
                        b.linear(v, q - p, o);
                    } else {
                        b.replaced(v, q - p, toOriginal.origStart[j], toOriginal.origEnd[j]);
                    }
                    p = q;
                }
            } else {
                int s;
                int e;
                if (origStart[k] == origEnd[k]) {
                    // pure insertion at P: inside a replaced range it joins that range; at a
                    // deletion seam or between copied chars it is empty, after the preceding text
                    e = toOriginal.toOriginalEnd(origStart[k]);
                    s = Math.min(toOriginal.toOriginalStart(origStart[k]), e);
                } else {
                    s = toOriginal.toOriginalStart(origStart[k]);
                    e = toOriginal.toOriginalEnd(origEnd[k]);
                }
                b.replaced(vs, ve - vs, s, Math.max(s, e));
            }
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OffsetMap m)) {
            return false;
        }
        return viewLength == m.viewLength && originalLength == m.originalLength
                && Arrays.equals(viewStart, m.viewStart) && Arrays.equals(origStart, m.origStart)
                && Arrays.equals(origEnd, m.origEnd) && Arrays.equals(linear, m.linear);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * viewLength + originalLength) + Arrays.hashCode(viewStart) + 7 * Arrays.hashCode(origStart);
    }

    @Override
    public String toString() {
        if (isIdentity()) {
            return "OffsetMap[identity " + viewLength + "]";
        }
        StringBuilder sb = new StringBuilder("OffsetMap[view ").append(viewLength)
                .append(" -> original ").append(originalLength).append(":");
        for (int k = 0; k < viewStart.length; k++) {
            sb.append(' ').append(viewStart[k]).append(linear[k] ? "=" : "~")
                    .append('[').append(origStart[k]).append(',').append(origEnd[k]).append(')');
        }
        return sb.append(']').toString();
    }

    /**
     * Accumulates segments in ascending view order, merging adjacent linear segments. Used by
     * {@link TextEditor} and by composition; not public API.
     */
    static final class Builder {
        private final int viewLength;
        private final int originalLength;
        private int[] vs = new int[8];
        private int[] os = new int[8];
        private int[] oe = new int[8];
        private boolean[] lin = new boolean[8];
        private int n;

        Builder(int viewLength, int originalLength) {
            this.viewLength = viewLength;
            this.originalLength = originalLength;
        }

        /** A run of {@code len} view chars starting at {@code view} copied from original {@code orig}. */
        void linear(int view, int len, int orig) {
            if (len == 0) {
                return;
            }
            if (n > 0 && lin[n - 1] && oe[n - 1] == orig && vs[n - 1] + (oe[n - 1] - os[n - 1]) == view) {
                oe[n - 1] += len;
                return;
            }
            add(view, orig, orig + len, true);
        }

        /** A run of {@code len} view chars starting at {@code view} that replaced original {@code [s, e)}. */
        void replaced(int view, int len, int s, int e) {
            if (len == 0) {
                return;
            }
            if (n > 0 && !lin[n - 1] && os[n - 1] == s && oe[n - 1] == e) {
                return; // the same replaced range continues
            }
            add(view, s, e, false);
        }

        private void add(int view, int s, int e, boolean linear) {
            if (n == vs.length) {
                int cap = n * 2;
                vs = Arrays.copyOf(vs, cap);
                os = Arrays.copyOf(os, cap);
                oe = Arrays.copyOf(oe, cap);
                lin = Arrays.copyOf(lin, cap);
            }
            vs[n] = view;
            os[n] = s;
            oe[n] = e;
            lin[n] = linear;
            n++;
        }

        OffsetMap build() {
            if (viewLength == originalLength && (n == 0 || (n == 1 && lin[0] && os[0] == 0 && vs[0] == 0))) {
                return identity(viewLength);
            }
            if (n == 0) {
                // everything was deleted: a single empty view; keep it representable
                return new OffsetMap(viewLength, originalLength, NONE, NONE, NONE, new boolean[0]);
            }
            return new OffsetMap(viewLength, originalLength, Arrays.copyOf(vs, n), Arrays.copyOf(os, n),
                    Arrays.copyOf(oe, n), Arrays.copyOf(lin, n));
        }
    }
}
