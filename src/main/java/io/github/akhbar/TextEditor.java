package io.github.akhbar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one place where text is rewritten: collects deletions, replacements and insertions in
 * view coordinates and builds the new view together with its {@link OffsetMap}.
 *
 * <ul>
 *   <li>Edits are given in ascending order and must not overlap ({@code start} of an edit
 *       {@code >=} {@code end} of the previous one); indices are positions in the text the
 *       editor was created on.</li>
 *   <li>A replacement of the same length maps character for character (a letter fold keeps
 *       exact offsets); a replacement of another length maps every new character to the whole
 *       replaced range (an expanded ligature still points at the ligature).</li>
 *   <li>A deletion leaves no trace in the view; starts after it map past it, ends before it map
 *       before it.</li>
 *   <li>{@link #apply()} composes the new map with the document's existing map, eagerly, so the
 *       result maps straight to {@link Document#original()}.</li>
 * </ul>
 *
 * <pre>
 * text "abcd":
 *   delete(1, 3)                       "ad"      map: 'd' starts at 3
 *   replace(1, 2, "XY")                "aXYcd"   'X' and 'Y' both map to [1, 2)
 *   replace(1, 3, "xy")                "axyd"    char for char
 *   insert(4, "!")                     "abcd!"   '!' maps to the empty span [4, 4)
 *   delete(2, 3).delete(1, 2)          IllegalArgumentException (not ascending)
 *   delete(3, 9)                       IndexOutOfBoundsException
 * </pre>
 *
 * <p>Unlike the rest of the library an editor is a mutable, single-use builder: confine each
 * instance to one thread. The documents and maps it produces are immutable.
 *
 * @since 0.1.0
 */
public final class TextEditor {

    private final CharSequence text;
    private final Document document;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private final List<String> replacements = new ArrayList<>();
    private int size;
    private int lastEnd;

    private TextEditor(CharSequence text, Document document) {
        this.text = text;
        this.document = document;
    }

    /**
     * An editor over a plain text, for use outside a {@link Document}; see {@link #result()}.
     *
     * @param text the text to edit
     * @return a new editor
     */
    public static TextEditor of(CharSequence text) {
        return new TextEditor(Objects.requireNonNull(text, "text"), null);
    }

    static TextEditor of(Document document) {
        return new TextEditor(document.text(), document);
    }

    /**
     * Removes {@code [start, end)}.
     *
     * @param start first index to remove
     * @param end   index after the last one to remove
     * @return this editor
     * @throws IndexOutOfBoundsException if the range is not within the text
     * @throws IllegalArgumentException  if the range starts before the end of the previous edit
     */
    public TextEditor delete(int start, int end) {
        return add(start, end, "");
    }

    /**
     * Replaces {@code [start, end)} with {@code replacement}.
     *
     * @param start       first index to replace
     * @param end         index after the last one to replace
     * @param replacement the new text (may be empty, which deletes)
     * @return this editor
     * @throws IndexOutOfBoundsException if the range is not within the text
     * @throws IllegalArgumentException  if the range starts before the end of the previous edit
     */
    public TextEditor replace(int start, int end, CharSequence replacement) {
        return add(start, end, Objects.requireNonNull(replacement, "replacement").toString());
    }

    /**
     * Inserts {@code insertion} at {@code at}. Inserted characters map to the empty original
     * span at the insertion point (or, inside text that an earlier edit expanded, to the range
     * that text came from).
     *
     * @param at        insertion index, {@code 0 <= at <= length}
     * @param insertion the text to insert
     * @return this editor
     * @throws IndexOutOfBoundsException if {@code at} is out of range
     * @throws IllegalArgumentException  if {@code at} is before the end of the previous edit
     */
    public TextEditor insert(int at, CharSequence insertion) {
        return add(at, at, Objects.requireNonNull(insertion, "insertion").toString());
    }

    private TextEditor add(int start, int end, String replacement) {
        Objects.checkFromToIndex(start, end, text.length());
        if (start < lastEnd) {
            throw new IllegalArgumentException("edits must be ascending and non-overlapping: [" + start + ", "
                    + end + ") starts before the previous edit's end " + lastEnd);
        }
        if (start == end && replacement.isEmpty()) {
            return this; // nothing to do
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        replacements.add(replacement);
        size++;
        lastEnd = end;
        return this;
    }

    /** @return the number of edits collected so far */
    public int size() {
        return size;
    }

    /** @return true when no edit has been collected */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * The edited text and the map from it back to the text this editor was created on.
     *
     * @return the result; with no edits, the unchanged text and an identity map
     */
    public Result result() {
        String source = text.toString();
        if (size == 0) {
            return new Result(source, OffsetMap.identity(source.length()));
        }
        int newLength = source.length();
        for (int k = 0; k < size; k++) {
            newLength += replacements.get(k).length() - (ends[k] - starts[k]);
        }
        StringBuilder out = new StringBuilder(newLength);
        OffsetMap.Builder map = new OffsetMap.Builder(newLength, source.length());
        int pos = 0;
        for (int k = 0; k < size; k++) {
            int s = starts[k];
            int e = ends[k];
            String r = replacements.get(k);
            map.linear(out.length(), s - pos, pos);
            out.append(source, pos, s);
            if (r.length() == e - s) {
                map.linear(out.length(), r.length(), s);
            } else {
                map.replaced(out.length(), r.length(), s, e);
            }
            out.append(r);
            pos = e;
        }
        map.linear(out.length(), source.length() - pos, pos);
        out.append(source, pos, source.length());
        return new Result(out.toString(), map.build());
    }

    /**
     * Applies the edits to the document this editor came from.
     *
     * @return a new document whose view is the edited text and whose offsets map straight to the
     *         original; the same document when there are no edits
     * @throws IllegalStateException if this editor was created with {@link #of(CharSequence)}
     */
    public Document apply() {
        if (document == null) {
            throw new IllegalStateException("this editor edits a plain text; use result()");
        }
        if (size == 0) {
            return document;
        }
        Result r = result();
        return document.withView(r.text(), r.map().andThen(document.offsets()));
    }

    /**
     * The outcome of a set of edits.
     *
     * @param text the edited text
     * @param map  maps positions in {@code text} back to the text that was edited
     */
    public record Result(String text, OffsetMap map) {
        /** Validates that both parts are present. */
        public Result {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(map, "map");
        }
    }
}
