package io.github.akhbar.number;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.internal.FoldedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Span mapping and yield filtering shared by the two extractors. Not API. */
final class Spans {

    private Spans() {
    }

    /** Maps a folded range to the original, widening over marks and tatweel that trail the last letter. */
    static Span toOriginal(Document doc, FoldedText ft, int start, int end) {
        String view = doc.text();
        int vs = ft.sourceStart(start);
        int ve = ft.sourceEnd(end);
        while (ve < view.length() && isTrailingMark(view.charAt(ve))) {
            ve++;
        }
        return doc.toOriginal(vs, ve);
    }

    /** Same as {@link #toOriginal(Document, FoldedText, int, int)} for a plain string. */
    static Span toView(String view, FoldedText ft, int start, int end) {
        int vs = ft.sourceStart(start);
        int ve = ft.sourceEnd(end);
        while (ve < view.length() && isTrailingMark(view.charAt(ve))) {
            ve++;
        }
        return new Span(vs, ve);
    }

    static boolean isTrailingMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    /** Validates and copies yield-to types. */
    static List<Class<? extends Annotation>> yieldTypes(Class<? extends Annotation>[] types) {
        Objects.requireNonNull(types, "types");
        List<Class<? extends Annotation>> out = new ArrayList<>();
        for (Class<? extends Annotation> t : types) {
            Objects.requireNonNull(t, "types element");
            if (out.contains(t)) {
                throw new IllegalArgumentException("yieldTo lists " + t.getName() + " twice");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    /**
     * The spans of existing annotations of the given types, consulted in text order. The
     * document keeps annotations sorted by start, so one moving index makes checking all the
     * mentions of a scan linear rather than O(mentions × spans).
     */
    static final class Blocker {
        private final List<Span> spans;
        private int lo;

        private Blocker(List<Span> spans) {
            this.spans = spans;
        }

        /**
         * @param s a mention's span; calls come with non-decreasing starts
         * @return whether s overlaps a blocking span, or holds an empty one strictly inside it
         */
        boolean blocks(Span s) {
            // spans ending at or before s.start() can block neither s nor any later mention
            while (lo < spans.size() && spans.get(lo).end() <= s.start()) {
                lo++;
            }
            for (int i = lo; i < spans.size(); i++) {
                Span b = spans.get(i);
                if (b.start() >= s.end()) {
                    return false;
                }
                if (b.overlaps(s) || b.isEmpty() && b.start() > s.start()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A blocker over the annotations of {@code doc} of the given types. */
    static Blocker blocker(Document doc, List<Class<? extends Annotation>> types) {
        List<Span> out = new ArrayList<>();
        if (!types.isEmpty()) {
            for (Annotation a : doc.annotations()) {
                for (Class<? extends Annotation> t : types) {
                    if (t.isInstance(a)) {
                        out.add(a.span());
                        break;
                    }
                }
            }
        }
        return new Blocker(out);
    }
}
