package io.github.akhbar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable news document: the original text, a processed view of it, the map between the
 * two, and the annotations found so far.
 *
 * <ul>
 *   <li>{@link #original()} never changes, through any number of processors.</li>
 *   <li>{@link #text()} is the current view (stripped, normalized …); only {@link #edit()}
 *       changes it, and {@link #offsets()} then maps every view position back to the
 *       original.</li>
 *   <li>Every annotation's span points into {@link #original()}; annotations are kept sorted by
 *       span (start, then end), ties in insertion order.</li>
 *   <li>{@link #id()} and {@link #publishedOn()} are optional metadata; the publication date is
 *       the anchor for relative dates such as "last November".</li>
 * </ul>
 *
 * <pre>
 * Document.of("abc")                          original = text = "abc", identity offsets
 * Document.builder(raw).id("a1")
 *         .publishedOn(LocalDate.of(2024, 11, 8)).build()
 * Document.of(null)                           NullPointerException
 * doc.withAnnotations(List.of(outOfRange))    IndexOutOfBoundsException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class Document implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<Annotation> BY_SPAN = Comparator.comparing(Annotation::span);

    private final String original;
    private final String text;
    private final OffsetMap offsets;
    private final List<Annotation> annotations;
    private final String id;
    private final LocalDate publishedOn;

    private Document(String original, String text, OffsetMap offsets, List<Annotation> annotations, String id,
                     LocalDate publishedOn) {
        this.original = original;
        this.text = text;
        this.offsets = offsets;
        this.annotations = annotations;
        this.id = id;
        this.publishedOn = publishedOn;
    }

    /**
     * A document with no id and no publication date.
     *
     * @param original the original text
     * @return a new document whose view is the original text
     */
    public static Document of(CharSequence original) {
        return builder(original).build();
    }

    /**
     * Starts building a document.
     *
     * @param original the original text
     * @return a builder
     */
    public static Builder builder(CharSequence original) {
        return new Builder(Objects.requireNonNull(original, "original").toString());
    }

    /** @return a builder holding this document's original text and metadata (not its view or annotations) */
    public Builder toBuilder() {
        Builder b = new Builder(original);
        b.id = id;
        b.publishedOn = publishedOn;
        return b;
    }

    /** @return the text the document was created with; never changes */
    public String original() {
        return original;
    }

    /** @return the current view of the text, after the edits of earlier processors */
    public String text() {
        return text;
    }

    /** @return the map from {@link #text()} positions to {@link #original()} positions */
    public OffsetMap offsets() {
        return offsets;
    }

    /** @return the document id, if one was given */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the publication date, the anchor for relative dates, if known */
    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    /** @return every annotation, sorted by span; unmodifiable */
    public List<Annotation> annotations() {
        return annotations;
    }

    /**
     * The annotations of one type.
     *
     * @param type the annotation class (subclasses match too)
     * @param <A>  the annotation type
     * @return the matching annotations, sorted by span; unmodifiable, possibly empty
     */
    public <A extends Annotation> List<A> annotations(Class<A> type) {
        Objects.requireNonNull(type, "type");
        List<A> out = new ArrayList<>();
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                out.add(type.cast(a));
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /**
     * Starts a set of edits on {@link #text()}; see {@link TextEditor}.
     *
     * @return a new editor bound to this document; {@link TextEditor#apply()} returns the edited document
     */
    public TextEditor edit() {
        return TextEditor.of(this);
    }

    /**
     * Maps a range of the view to the original text, widening it where needed so that it never
     * splits a surrogate pair.
     *
     * @param viewStart start in {@link #text()}, inclusive
     * @param viewEnd   end in {@link #text()}, exclusive
     * @return the span in {@link #original()}
     * @throws IndexOutOfBoundsException if the range is outside the view
     */
    public Span toOriginal(int viewStart, int viewEnd) {
        Span s = offsets.toOriginal(viewStart, viewEnd);
        int start = s.start();
        int end = s.end();
        if (start > 0 && start < original.length() && Character.isLowSurrogate(original.charAt(start))
                && Character.isHighSurrogate(original.charAt(start - 1))) {
            start--;
        }
        if (end > 0 && end < original.length() && Character.isLowSurrogate(original.charAt(end))
                && Character.isHighSurrogate(original.charAt(end - 1))) {
            end++;
        }
        return start == s.start() && end == s.end() ? s : new Span(start, end);
    }

    /**
     * A copy with more annotations, merged into span order.
     *
     * @param added annotations whose spans point into {@link #original()}
     * @return a new document, or this one when {@code added} is empty
     * @throws IndexOutOfBoundsException if a span is outside the original text
     * @throws IllegalArgumentException  if a span splits a surrogate pair
     */
    public Document withAnnotations(Collection<? extends Annotation> added) {
        Objects.requireNonNull(added, "added");
        if (added.isEmpty()) {
            return this;
        }
        Annotation[] in = new Annotation[added.size()];
        Span[] spans = new Span[in.length];
        boolean sorted = true;
        int n = 0;
        for (Annotation a : added) {
            Objects.requireNonNull(a, "annotation");
            Span s = Objects.requireNonNull(a.span(), "annotation span");
            Objects.checkFromToIndex(s.start(), s.end(), original.length());
            if (splitsPair(s.start()) || splitsPair(s.end())) {
                throw new IllegalArgumentException("span " + s + " of " + a.type() + " splits a surrogate pair");
            }
            if (n > 0 && spans[n - 1].compareTo(s) > 0) {
                sorted = false;
            }
            in[n] = a;
            spans[n++] = s;
        }
        if (!sorted) {
            Arrays.sort(in, BY_SPAN); // stable, like the merge below
            for (int j = 0; j < n; j++) {
                spans[j] = in[j].span();
            }
        }
        // Both lists are now in span order: merge them, the existing annotation first on equal
        // spans (what a stable sort of existing + added gives), each span read once.
        Annotation[] out = new Annotation[annotations.size() + n];
        int i = 0;
        int j = 0;
        int k = 0;
        Span head = annotations.isEmpty() ? null : annotations.get(0).span();
        while (j < n) {
            if (head != null && head.compareTo(spans[j]) <= 0) {
                out[k++] = annotations.get(i++);
                head = i < annotations.size() ? annotations.get(i).span() : null;
            } else {
                out[k++] = in[j++];
            }
        }
        while (i < annotations.size()) {
            out[k++] = annotations.get(i++);
        }
        return new Document(original, text, offsets, List.of(out), id, publishedOn);
    }

    /**
     * A copy without the annotations of one type.
     *
     * @param type the annotation class to drop (subclasses too)
     * @return a new document, or this one when none matched
     */
    public Document withoutAnnotations(Class<? extends Annotation> type) {
        Objects.requireNonNull(type, "type");
        List<Annotation> kept = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            if (!type.isInstance(a)) {
                kept.add(a);
            }
        }
        return kept.size() == annotations.size() ? this
                : new Document(original, text, offsets, List.copyOf(kept), id, publishedOn);
    }

    /**
     * A copy with another publication date.
     *
     * @param date the new date, or {@code null} to clear it
     * @return a new document
     */
    public Document withPublishedOn(LocalDate date) {
        return new Document(original, text, offsets, annotations, id, date);
    }

    private boolean splitsPair(int i) {
        return i > 0 && i < original.length() && Character.isHighSurrogate(original.charAt(i - 1))
                && Character.isLowSurrogate(original.charAt(i));
    }

    Document withView(String newText, OffsetMap newOffsets) {
        if (newOffsets.viewLength() != newText.length() || newOffsets.originalLength() != original.length()) {
            throw new IllegalStateException("offset map " + newOffsets + " does not fit view length "
                    + newText.length() + " and original length " + original.length());
        }
        return new Document(original, newText, newOffsets, annotations, id, publishedOn);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Document d && original.equals(d.original) && text.equals(d.text)
                && offsets.equals(d.offsets) && annotations.equals(d.annotations) && Objects.equals(id, d.id)
                && Objects.equals(publishedOn, d.publishedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, text, annotations, id, publishedOn);
    }

    @Override
    public String toString() {
        return "Document[" + (id == null ? "" : "id=" + id + ", ") + "original=" + original.length()
                + " chars, text=" + text.length() + " chars, " + annotations.size() + " annotations]";
    }

    /**
     * Builds a {@link Document}. Not thread-safe; the documents it builds are.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String original;
        private String id;
        private LocalDate publishedOn;

        private Builder(String original) {
            this.original = original;
        }

        /**
         * @param id the document id, or {@code null} for none
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param date the publication date, or {@code null} for none
         * @return this builder
         */
        public Builder publishedOn(LocalDate date) {
            this.publishedOn = date;
            return this;
        }

        /** @return a new document whose view is the original text */
        public Document build() {
            return new Document(original, original, OffsetMap.identity(original.length()), List.of(), id, publishedOn);
        }
    }
}
