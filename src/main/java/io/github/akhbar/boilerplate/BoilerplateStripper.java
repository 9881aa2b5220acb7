package io.github.akhbar.boilerplate;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Span;
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
 *       matches a pattern cue of the bundled {@code cues.tsv}; prefix and pattern cues have a
 *       length limit and leave lines that end a sentence alone (except site notices). Otherwise a
 *       line feature may fire, built from the word lists of {@code lexicons.tsv} and matched on
 *       the same key: bylines ("كتب - فلان:"), datelines ("القاهرة - أ ش أ:"), "posted on" lines,
 *       category crumbs, breadcrumbs, pagination, site names, copyright signs, lines of links and
 *       handles.</li>
 *   <li>Neighbourhood: after a related header ("اقرأ أيضا") the following short, headline-like
 *       lines are teasers, until a sentence (in {@link Mode#CONSERVATIVE} also a question, an
 *       exclamation or a quotation), a long line or a content opener ("وقال") resumes the text;
 *       bare numbers next to furniture are counters; a short name next to a byline above the
 *       first body line belongs to the byline; in an Arabic article a short line without Arabic
 *       letters ("Partager", "Tweet") next to removed furniture outside the body goes with it.</li>
 *   <li>The first remaining line, when headline-like (not a lone name), is the title: kept and
 *       reported as a {@link TitleMention}; its exact or near copies right after it (Levenshtein
 *       similarity {@code >= 0.85}, or the title behind a short kicker such as "فيديو وصور.") are
 *       removed as {@link BoilerplateKind#TITLE_REPEAT}.</li>
 *   <li>HTML residue: entities are decoded once, in place ({@code &amp;nbsp;}, {@code &amp;#1575;}),
 *       tags and comments deleted; both are edits with offsets, never whole-line removals. An
 *       entity that would decode into new markup (text escaped twice) is left as written.</li>
 *   <li>Blank lines: those before the first and after the last kept line go; where removed
 *       lines stood between two kept lines, the first blank run among them stays, so a paragraph
 *       break survives, and the other blank lines go.</li>
 *   <li>Each removed line yields a {@link BoilerplateMention} (type {@code "removed"}) spanning
 *       the whole line in the original text, tags included; with nothing to remove, no title and
 *       no HTML residue, the same document is returned.</li>
 *   <li>{@link Mode#CONSERVATIVE} (the default) keeps anything uncertain;
 *       {@link Mode#AGGRESSIVE} also drops lone name lines at the head and tail, punctuation-only
 *       separator lines, and longer teasers and teasers that end in a question or a quotation.</li>
 * </ul>
 *
 * <pre>
 * "عنوان الخبر هنا\nعنوان الخبر هنا\nنص الخبر الكامل."   → "عنوان الخبر هنا\nنص الخبر الكامل."  TITLE_REPEAT
 * "نص.\nاقرأ أيضا\nعنوان خبر آخر\nوقال الوزير إن …"        → "نص.\nوقال الوزير إن …"           RELATED x2
 * "نص الخبر.\n\nزر الذهاب إلى الأعلى"                      → "نص الخبر."                      NAVIGATION
 * "نص.\n\nصورة أرشيفية\nنص آخر."                            → "نص.\n\nنص آخر."                  MEDIA, break kept
 * "شارك في الاجتماع وزراء المالية."                        → unchanged (same Document)
 * "نص &amp;quot;مقتبس&amp;quot;"                                 → "نص \"مقتبس\""                  decoded, not removed
 * "&amp;amp;lt;b&amp;amp;gt;"                                    → unchanged                         escaped twice, left alone
 * "نص.\n&lt;p&gt;شارك&lt;/p&gt;"                                  → "نص."                           span [4, 15): the whole line
 * BoilerplateStripper.defaults().process((Document) null)  NullPointerException
 * builder().addCue(SHARE, "  ")                            IllegalArgumentException
 * builder().addCue(SHARE, "x").addCue(MEDIA, "x").build()  IllegalStateException
 * builder().disable(SHARE).addCue(SHARE, "x").build()      IllegalStateException
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

    /** How a caller-supplied cue ({@link Builder#addCue(BoilerplateKind, String, CueMatch)}) is matched. */
    public enum CueMatch {
        /** The line's key equals the cue's key. */
        WHOLE_LINE,
        /**
         * The line's key starts with the cue's key, then a space or the end; lines over 160
         * chars and lines that end a sentence are left alone.
         */
        PREFIX,
        /** Like {@link #WHOLE_LINE}, and the short headline-like lines after it are teasers. */
        HEADER
    }

    /** A caller-supplied cue, keyed by its folded form. */
    record ExtraCue(BoilerplateKind kind, String cue, CueMatch match) implements Serializable {
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
     *         removed line and a {@link TitleMention} for the title line; the same document when
     *         there is nothing to remove, no title and no HTML residue
     */
    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        Document doc = document;
        if (decodeHtml) {
            // Decoding never makes new markup (HtmlResidue), so a round after the first only
            // finds pieces that a deleted tag joined; each round shortens the view, so this ends.
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
        String original = doc.original();
        if (r.title >= 0) {
            found.add(new TitleMention(wholeLine(original, doc.toOriginal(r.start[r.title], r.end[r.title]))));
        }
        if (r.removed == 0) {
            return found.isEmpty() ? doc : doc.withAnnotations(found);
        }
        boolean[] gone = new boolean[r.count];
        for (int i = 0; i < r.count; i++) {
            if (r.kind[i] != null) {
                gone[i] = true;
                Span line = wholeLine(original, doc.toOriginal(r.start[i], r.end[i]));
                found.add(new BoilerplateMention(line, r.kind[i], r.cue[i]));
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

    /**
     * The original line holding {@code s}: HTML edits never cross a line break, so the view line
     * maps into one original line, which may be wider (a tag at either end).
     */
    static Span wholeLine(String original, Span s) {
        int start = original.lastIndexOf('\n', s.start() - 1) + 1;
        int nl = original.indexOf('\n', s.end());
        int end = nl < 0 ? original.length() : nl;
        if (end > start && original.charAt(end - 1) == '\r') {
            end--;
        }
        return start == s.start() && end == s.end() ? s : Span.of(start, end);
    }

    /**
     * Blank lines before the first and after the last kept line go. Between two kept lines with
     * removed lines among them, the first blank run stays (the paragraph break) and the other
     * blank lines go; between two kept lines with nothing removed, everything stays.
     */
    private static void dropBlankLines(LineClassifier.Result r, boolean[] gone) {
        int previousKept = -1;
        for (int i = 0; i <= r.count; i++) {
            boolean kept = i < r.count && !r.blank[i] && !gone[i];
            if (!kept && i < r.count) {
                continue;
            }
            boolean removedBetween = false;
            for (int k = previousKept + 1; k < i; k++) {
                removedBetween |= !r.blank[k];
            }
            if (previousKept < 0 || i == r.count) {
                for (int k = previousKept + 1; k < i; k++) {
                    gone[k] = true; // the head and the tail
                }
            } else if (removedBetween) {
                boolean runSeen = false;
                boolean inRun = false;
                for (int k = previousKept + 1; k < i; k++) {
                    if (!r.blank[k]) {
                        runSeen |= inRun;
                        inRun = false;
                    } else if (runSeen) {
                        gone[k] = true;
                    } else {
                        inRun = true;
                    }
                }
            }
            previousKept = i;
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
            return addCue(kind, cue, CueMatch.WHOLE_LINE);
        }

        /**
         * Adds a cue with a match mode; see {@link CueMatch}. Caller cues are checked before the
         * bundled table.
         *
         * @param kind  the kind to report; must be one of the kinds removed at {@link #build()}
         * @param cue   the line text or its start, folded like the lines it is matched against
         * @param match how the cue is compared with a line
         * @return this builder
         * @throws IllegalArgumentException if the cue has no letter or digit
         */
        public Builder addCue(BoilerplateKind kind, String cue, CueMatch match) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(cue, "cue");
            Objects.requireNonNull(match, "match");
            String key = LineKey.of(cue);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("cue must contain a letter or digit, was '" + cue + "'");
            }
            if (extraCues.putIfAbsent(key, new ExtraCue(kind, cue, match)) != null) {
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
         * @throws IllegalStateException if two added cues fold to the same key, or a cue was added
         *                               for a kind that is not removed
         */
        public BoilerplateStripper build() {
            if (!duplicates.isEmpty()) {
                throw new IllegalStateException("duplicate cues (same folded key): " + duplicates);
            }
            for (ExtraCue x : extraCues.values()) {
                if (!kinds.contains(x.kind())) {
                    throw new IllegalStateException("cue '" + x.cue() + "' is for " + x.kind()
                            + ", which is disabled");
                }
            }
            return new BoilerplateStripper(this);
        }
    }
}
