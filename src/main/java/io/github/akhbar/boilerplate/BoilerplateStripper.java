package io.github.akhbar.boilerplate;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.TextEditor;
import io.github.akhbar.TextProcessor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Removes page furniture (share prompts, comment forms, "read also" blocks, follow prompts,
 * bylines, navigation, signatures, legal notices, caption labels, repeated titles) from scraped
 * Arabic news text, line by line, and records why each line went.
 *
 * <ul>
 *   <li>The unit is the line ({@code \n}-separated, a trailing {@code \r} belongs to the break).
 *       A line is kept verbatim or removed whole; a content line is never altered.</li>
 *   <li>A line is boilerplate when its key (the line folded with the library's match fold,
 *       stripped of leading and trailing punctuation) equals a cue, starts with a prefix cue or
 *       contains a "contains" cue, within the cue's length limit (bundled {@code cues.tsv}), or
 *       when a line feature fires: bylines ("كتب - فلان:"), datelines ("القاهرة - أ ش أ:"),
 *       "posted on" lines, category crumbs, breadcrumbs, pagination, site names, copyright signs,
 *       lines of links and handles.</li>
 *   <li>Neighbourhood: after a related header ("اقرأ أيضًا") the following short, headline-like
 *       lines are teasers, until a sentence, a long line or a content opener ("وقال") resumes the
 *       text; bare numbers next to furniture are counters; a short name next to a byline above
 *       the first body line belongs to the byline.</li>
 *   <li>The first remaining line, when headline-like, is the title: kept and reported as a
 *       {@link TitleMention}; its exact or near copies right after it (Levenshtein similarity
 *       {@code >= 0.85}) are removed as {@link BoilerplateKind#TITLE_REPEAT}.</li>
 *   <li>HTML residue: entities are decoded in place ({@code &amp;nbsp;}, {@code &amp;#1575;}), tags
 *       and comments deleted; both are edits with offsets, never whole-line removals.</li>
 *   <li>Blank lines go only with removed lines: the blank lines before a removed block at the
 *       end of the text, or before the first kept line, are dropped with it.</li>
 *   <li>Each removed line yields a {@link BoilerplateMention} (type {@code "removed"}) spanning
 *       the line in the original text; with nothing to remove, the same document is
 *       returned.</li>
 *   <li>{@link Mode#CONSERVATIVE} (the default) keeps anything uncertain;
 *       {@link Mode#AGGRESSIVE} also drops lone name lines at the head and tail, punctuation-only
 *       separator lines and longer teasers.</li>
 * </ul>
 *
 * <pre>
 * "عنوان الخبر هنا\nعنوان الخبر هنا\nنص الخبر الكامل."   → "عنوان الخبر هنا\nنص الخبر الكامل."  TITLE_REPEAT
 * "نص.\nاقرأ أيضا\nعنوان خبر آخر\nوقال الوزير إن …"        → "نص.\nوقال الوزير إن …"           RELATED x2
 * "نص الخبر.\n\nزر الذهاب إلى الأعلى"                      → "نص الخبر."                      NAVIGATION
 * "شارك في الاجتماع وزراء المالية."                        → unchanged (same Document)
 * "نص &amp;quot;مقتبس&amp;quot;"                                 → "نص \"مقتبس\""                  decoded, not removed
 * BoilerplateStripper.defaults().process((Document) null)  NullPointerException
 * builder().addCue(SHARE, "  ")                            IllegalArgumentException
 * builder().addCue(SHARE, "x").addCue(MEDIA, "x").build()  IllegalStateException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class BoilerplateStripper implements TextProcessor {

    private static final long serialVersionUID = 1L;

    /** How sure the stripper must be before it removes a line. */
    public enum Mode {
        /** Remove only lines that a cue or a strong feature identifies; keep anything uncertain. */
        CONSERVATIVE,
        /** Also remove lone names at the head and tail, separator lines and longer teasers. */
        AGGRESSIVE
    }

    /** A caller-supplied whole-line cue, keyed by its folded form. */
    record ExtraCue(BoilerplateKind kind, String cue) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final BoilerplateStripper DEFAULTS = new Builder().build();

    private final Mode mode;
    private final Set<BoilerplateKind> kinds;
    private final Map<String, ExtraCue> extraCues;
    private final boolean decodeHtml;

    private BoilerplateStripper(Builder b) {
        this.mode = b.mode;
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(b.kinds.isEmpty()
                ? EnumSet.noneOf(BoilerplateKind.class) : b.kinds));
        this.extraCues = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraCues));
        this.decodeHtml = b.decodeHtml;
    }

    /** @return the default stripper: every kind, {@link Mode#CONSERVATIVE}, HTML residue decoded */
    public static BoilerplateStripper defaults() {
        return DEFAULTS;
    }

    /** @return the default configuration with {@link Mode#AGGRESSIVE} */
    public static BoilerplateStripper aggressive() {
        return builder().mode(Mode.AGGRESSIVE).build();
    }

    /** @return a builder holding the default configuration */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this stripper's configuration */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.kinds = kinds.isEmpty() ? EnumSet.noneOf(BoilerplateKind.class) : EnumSet.copyOf(kinds);
        b.extraCues.putAll(extraCues);
        b.decodeHtml = decodeHtml;
        return b;
    }

    /** @return the mode */
    public Mode mode() {
        return mode;
    }

    /** @return the kinds this stripper removes; unmodifiable */
    public Set<BoilerplateKind> kinds() {
        return kinds;
    }

    /** @return whether HTML entities are decoded and tags removed */
    public boolean decodeHtml() {
        return decodeHtml;
    }

    /**
     * Strips the document's view.
     *
     * @param document the input, never modified
     * @return a document whose view holds the kept lines, with a {@link BoilerplateMention} per
     *         removed line and a {@link TitleMention}; the same document when nothing was found
     */
    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        Document doc = document;
        if (decodeHtml) {
            // Repeat until nothing is left: each round shortens the view, so this ends, and a
            // second run of the stripper finds nothing to decode (idempotence).
            while (HtmlResidue.mayContain(doc.text())) {
                TextEditor editor = doc.edit();
                if (HtmlResidue.collect(doc.text(), editor) == 0) {
                    break;
                }
                doc = editor.apply();
            }
        }
        String text = doc.text();
        LineClassifier.Result r = LineClassifier.classify(text, mode, kinds, extraCues);
        List<Annotation> found = new ArrayList<>();
        if (r.title >= 0) {
            found.add(new TitleMention(doc.toOriginal(r.start[r.title], r.end[r.title])));
        }
        if (r.removed == 0) {
            return found.isEmpty() ? doc : doc.withAnnotations(found);
        }
        boolean[] gone = new boolean[r.count];
        for (int i = 0; i < r.count; i++) {
            if (r.kind[i] != null) {
                gone[i] = true;
                found.add(new BoilerplateMention(doc.toOriginal(r.start[i], r.end[i]), r.kind[i], r.cue[i]));
            }
        }
        dropBlankLines(r, gone);
        TextEditor editor = doc.edit();
        int lastKept = -1;
        for (int i = 0; i < r.count; ) {
            if (!gone[i]) {
                lastKept = i;
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < r.count && gone[j + 1]) {
                j++;
            }
            if (j + 1 < r.count) {
                editor.delete(r.start[i], r.start[j + 1]);
            } else if (lastKept >= 0) {
                editor.delete(r.end[lastKept], text.length());
            } else {
                editor.delete(0, text.length());
            }
            i = j + 1;
        }
        return editor.apply().withAnnotations(found);
    }

    /** Blank lines before the first kept line, or between a kept line and a removed block, go too. */
    private static void dropBlankLines(LineClassifier.Result r, boolean[] gone) {
        boolean keptBefore = false;
        for (int i = 0; i < r.count; i++) {
            if (!r.blank[i]) {
                keptBefore |= !gone[i];
                continue;
            }
            int n = i + 1;
            while (n < r.count && r.blank[n]) {
                n++;
            }
            boolean nextGone = n >= r.count || gone[n];
            if (!keptBefore || nextGone) {
                gone[i] = true;
            }
        }
    }

    /**
     * Strips a plain text and returns the kept lines.
     *
     * @param text the text
     * @return the kept text
     */
    public String strip(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return process(Document.of(text)).text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoilerplateStripper s && mode == s.mode && kinds.equals(s.kinds)
                && extraCues.equals(s.extraCues) && decodeHtml == s.decodeHtml;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, kinds, extraCues, decodeHtml);
    }

    @Override
    public String toString() {
        return "BoilerplateStripper[mode=" + mode + ", kinds=" + kinds + ", extraCues=" + extraCues.size()
                + ", decodeHtml=" + decodeHtml + "]";
    }

    /**
     * Configures a {@link BoilerplateStripper}. Not thread-safe; the strippers it builds are.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Mode mode = Mode.CONSERVATIVE;
        private EnumSet<BoilerplateKind> kinds = EnumSet.allOf(BoilerplateKind.class);
        private final Map<String, ExtraCue> extraCues = new LinkedHashMap<>();
        private final List<String> duplicates = new ArrayList<>();
        private boolean decodeHtml = true;

        private Builder() {
        }

        /**
         * @param mode how sure the stripper must be before it removes a line
         * @return this builder
         */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * @param kinds the kinds to remove; lines of other kinds are kept
         * @return this builder
         */
        public Builder kinds(Collection<BoilerplateKind> kinds) {
            Objects.requireNonNull(kinds, "kinds");
            EnumSet<BoilerplateKind> k = EnumSet.noneOf(BoilerplateKind.class);
            for (BoilerplateKind kind : kinds) {
                k.add(Objects.requireNonNull(kind, "kind"));
            }
            this.kinds = k;
            return this;
        }

        /**
         * @param kinds kinds to keep in the text (no longer removed)
         * @return this builder
         */
        public Builder disable(BoilerplateKind... kinds) {
            for (BoilerplateKind kind : Objects.requireNonNull(kinds, "kinds")) {
                this.kinds.remove(Objects.requireNonNull(kind, "kind"));
            }
            return this;
        }

        /**
         * @param kinds kinds to remove again
         * @return this builder
         */
        public Builder enable(BoilerplateKind... kinds) {
            for (BoilerplateKind kind : Objects.requireNonNull(kinds, "kinds")) {
                this.kinds.add(Objects.requireNonNull(kind, "kind"));
            }
            return this;
        }

        /**
         * Adds a whole-line cue: a line whose key equals the cue's key is removed as {@code kind}.
         * Caller cues are checked before the bundled table.
         *
         * @param kind the kind to report
         * @param cue  the line text, folded like the lines it is matched against
         * @return this builder
         * @throws IllegalArgumentException if the cue has no letter or digit
         */
        public Builder addCue(BoilerplateKind kind, String cue) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(cue, "cue");
            String key = LineKey.of(cue);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("cue must contain a letter or digit, was '" + cue + "'");
            }
            if (extraCues.putIfAbsent(key, new ExtraCue(kind, cue)) != null) {
                duplicates.add(cue);
            }
            return this;
        }

        /**
         * @param decodeHtml whether to decode HTML entities and delete leftover tags (default true)
         * @return this builder
         */
        public Builder decodeHtml(boolean decodeHtml) {
            this.decodeHtml = decodeHtml;
            return this;
        }

        /**
         * @return the stripper
         * @throws IllegalStateException if two added cues fold to the same key
         */
        public BoilerplateStripper build() {
            if (!duplicates.isEmpty()) {
                throw new IllegalStateException("duplicate cues (same folded key): " + duplicates);
            }
            return new BoilerplateStripper(this);
        }
    }
}
