package io.github.akhbar;

import java.io.Serializable;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's original text.
 *
 * <p>Every span handed out by Akhbar points into {@link Document#original()}: for a document
 * {@code doc} and an annotation {@code a}, {@code doc.original().substring(a.span().start(),
 * a.span().end())} is exactly the mention. Spans produced by the library never split a
 * surrogate pair (see {@link Document#toOriginal(int, int)}).
 *
 * <pre>
 * Span.of(3, 7)        [3, 7), length 4
 * Span.of(5, 5)        empty span at 5
 * Span.of(-1, 2)       IllegalArgumentException
 * Span.of(4, 2)        IllegalArgumentException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end   last index, exclusive, {@code >= start}
 * @since 0.1.0
 */
public record Span(int start, int end) implements Comparable<Span>, Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }

    /**
     * Returns the span {@code [start, end)}.
     *
     * @param start first index, inclusive
     * @param end   last index, exclusive
     * @return the span
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }

    /** @return true when {@code start == end} */
    public boolean isEmpty() {
        return start == end;
    }

    /**
     * @param other another span
     * @return true when the two spans share at least one index
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * @param other another span
     * @return true when {@code other} lies entirely inside this span
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * The text this span covers.
     *
     * @param text the text the span points into (normally {@link Document#original()})
     * @return {@code text.subSequence(start, end).toString()}
     * @throws IndexOutOfBoundsException if the span does not fit in {@code text}
     */
    public String of(CharSequence text) {
        java.util.Objects.checkFromToIndex(start, end, text.length());
        return text.subSequence(start, end).toString();
    }

    /** Orders by start, then end. */
    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
