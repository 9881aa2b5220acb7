package io.github.akhbar.normalize;

import io.github.akhbar.Document;
import io.github.akhbar.TextEditor;
import io.github.akhbar.TextProcessor;

import java.io.ObjectStreamException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Normalizes Arabic text for search or display by applying a set of {@link Fold}s, as a string
 * function, as an in-place {@code char[]} primitive, and as a {@link TextProcessor} whose edits
 * keep every offset true to the original text.
 *
 * <ul>
 *   <li>{@link #forSearch()} folds aggressively, for indexing and matching: alef forms, alef
 *       maksura, teh marbuta, tatweel, every diacritic and Quranic mark, digits, presentation
 *       forms, Persian look-alikes, invisible controls and exotic spaces.</li>
 *   <li>{@link #forDisplay()} keeps the spelling (hamza, teh marbuta, alef maksura and
 *       diacritics stay) and only repairs the encoding: presentation forms, tatweel, invisible
 *       controls, exotic spaces.</li>
 *   <li>{@link #luceneCompatible()} applies exactly the five rules of Lucene's
 *       {@code ArabicNormalizer} (HAMZA_ALEF, ALEF_MAKSURA, TEH_MARBUTA, TATWEEL, DIACRITICS) and
 *       gives the same output, for users migrating an index.</li>
 *   <li>{@link #builder()} takes any set of folds; {@link #toBuilder()} starts from this one's.</li>
 *   <li>Normalizing is idempotent and total: any string, lone surrogates included, comes out
 *       valid UTF-16 exactly when it went in valid; surrogates are never touched, and a unit
 *       that would be removed between a lone high and a lone low surrogate stays, so that the
 *       two never join into a pair (the one place where {@link #luceneCompatible()} differs from
 *       Lucene, which joins them).</li>
 *   <li>As a processor it rewrites {@link Document#text()} through {@link Document#edit()}: a
 *       fold of one unit maps character for character, a ligature expanded to two letters
 *       maps both letters to the ligature, a removed mark leaves no trace, and a word with a
 *       stretched letter maps over its whole stretched surface.</li>
 * </ul>
 *
 * <pre>
 * forSearch().normalize("أَحْمَد")              "احمد"
 * forSearch().normalize("مدرسة")               "مدرسه"
 * forSearch().normalize("كتـــاب")              "كتاب"
 * forSearch().normalize("٢٠٢٤")                "2024"
 * forSearch().normalize("٣٫٥")                 "3.5"
 * forSearch().normalize("ﻻ" U+FEFB)           "لا" U+0644 U+0627   (ligature expanded)
 * forSearch().normalize("یک")                  "يك"
 * forSearch().normalize("a" ZWNJ "b" NBSP "c")  "ab c"
 * forSearch().normalize("news")                "news"   (same instance)
 * forDisplay().normalize("إلى مدرسةٍ")          "إلى مدرسةٍ"   (unchanged)
 * forDisplay().normalize("الـ" RLM "أخبار")     "الأخبار"
 * forDisplay().normalize("بﹰا" U+FE70)          "بًا"   (the mark alone, no space)
 * forSearch().normalize("بﹰا" U+FE70)           "با"
 * luceneCompatible().normalize("ٱ")            "ٱ"   (not one of Lucene's rules)
 * builder().folds(Fold.ELONGATION).build().normalize("جميييل")   "جميل"
 * builder().folds(Fold.ELONGATION).build().normalize("جمـيـيـيل")   "جمـيل"
 * normalize(null)                              NullPointerException
 * normalize(buf, 2, 99) with buf.length 10      IndexOutOfBoundsException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class ArabicNormalizer implements TextProcessor {

    private static final long serialVersionUID = 1L;

    private final Set<Fold> folds;
    private final transient FoldTable table;

    private ArabicNormalizer(Set<Fold> folds) {
        this.folds = Collections.unmodifiableSet(EnumSet.copyOf(folds.isEmpty() ? EnumSet.noneOf(Fold.class) : folds));
        this.table = FoldTable.of(this.folds);
    }

    /** Lazily built presets (Lucene's holder idiom): a table costs a few milliseconds to build. */
    private static final class Presets {
        static final ArabicNormalizer SEARCH = new ArabicNormalizer(EnumSet.of(Fold.HAMZA_ALEF, Fold.ALEF_VARIANTS,
                Fold.ALEF_MAKSURA, Fold.TEH_MARBUTA, Fold.TATWEEL, Fold.DIACRITICS, Fold.QURANIC_MARKS, Fold.DIGITS,
                Fold.PRESENTATION_FORMS, Fold.PERSIAN_LETTERS, Fold.INVISIBLES, Fold.SPACES));
    }

    private static final class DisplayPreset {
        static final ArabicNormalizer DISPLAY = new ArabicNormalizer(EnumSet.of(Fold.PRESENTATION_FORMS, Fold.TATWEEL,
                Fold.INVISIBLES, Fold.SPACES));
    }

    private static final class LucenePreset {
        static final ArabicNormalizer LUCENE = new ArabicNormalizer(EnumSet.of(Fold.HAMZA_ALEF, Fold.ALEF_MAKSURA,
                Fold.TEH_MARBUTA, Fold.TATWEEL, Fold.DIACRITICS));
    }

    /**
     * The aggressive preset for indexing and matching: {@code HAMZA_ALEF, ALEF_VARIANTS,
     * ALEF_MAKSURA, TEH_MARBUTA, TATWEEL, DIACRITICS, QURANIC_MARKS, DIGITS, PRESENTATION_FORMS,
     * PERSIAN_LETTERS, INVISIBLES, SPACES}. Not included: {@code HAMZA_CARRIERS},
     * {@code PUNCTUATION}, {@code ELONGATION}.
     *
     * @return the search normalizer
     */
    public static ArabicNormalizer forSearch() {
        return Presets.SEARCH;
    }

    /** @return the same as {@link #forSearch()}: the default normalizer */
    public static ArabicNormalizer create() {
        return forSearch();
    }

    /**
     * The conservative preset for text shown to people: {@code PRESENTATION_FORMS, TATWEEL,
     * INVISIBLES, SPACES}.
     *
     * @return the display normalizer
     */
    public static ArabicNormalizer forDisplay() {
        return DisplayPreset.DISPLAY;
    }

    /**
     * Lucene's {@code ArabicNormalizer}, rule for rule: {@code HAMZA_ALEF, ALEF_MAKSURA,
     * TEH_MARBUTA, TATWEEL, DIACRITICS}.
     *
     * @return the Lucene-compatible normalizer
     */
    public static ArabicNormalizer luceneCompatible() {
        return LucenePreset.LUCENE;
    }

    /**
     * The preset named by a CLI profile.
     *
     * @param profile {@code search}, {@code display} or {@code lucene}
     * @return the preset
     * @throws IllegalArgumentException naming the profile when it is none of those
     */
    public static ArabicNormalizer forProfile(String profile) {
        Objects.requireNonNull(profile, "profile");
        switch (profile) {
            case "search":
                return forSearch();
            case "display":
                return forDisplay();
            case "lucene":
                return luceneCompatible();
            default:
                throw new IllegalArgumentException("profile must be search, display or lucene, was '" + profile + "'");
        }
    }

    /** @return a builder with no folds */
    public static Builder builder() {
        return new Builder(EnumSet.noneOf(Fold.class));
    }

    /** @return a builder holding this normalizer's folds */
    public Builder toBuilder() {
        return new Builder(folds.isEmpty() ? EnumSet.noneOf(Fold.class) : EnumSet.copyOf(folds));
    }

    /** @return the shared table of this fold set (for tests) */
    FoldTable table() {
        return table;
    }

    /** @return the folds this normalizer applies; unmodifiable */
    public Set<Fold> folds() {
        return folds;
    }

    /**
     * Normalizes a text.
     *
     * @param text the text
     * @return the normalized text; the same instance when {@code text} is a {@code String} that
     *         nothing changes
     */
    public String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        // one String from here on: the scans below then read a single concrete type
        String in = text.toString();
        FoldTable t = table;
        int k = t.firstChange(in);
        if (k < 0 && !(t.elongation && Runs.first(in) >= 0)) {
            return in;
        }
        int len = in.length();
        char[] buf = new char[len];
        in.getChars(0, len, buf, 0);
        int n = len;
        if (k >= 0) {
            int g = t.growth(buf, 0, len, k);
            if (g > 0) {
                buf = Arrays.copyOf(buf, len + g);
            }
            n = t.normalizeInPlace(buf, 0, len, k, g, null);
        }
        if (t.elongation) {
            n = Runs.collapse(buf, 0, n);
        }
        String out = new String(buf, 0, n);
        return in.equals(out) ? in : out;
    }

    /**
     * Normalizes {@code buf[off, off + len)} in place, allocating nothing, and returns the new
     * length. Only {@link Fold#PRESENTATION_FORMS} can make text longer (a ligature becomes two
     * or more letters); the extra room is taken from {@code buf} after {@code off + len}, up to
     * {@link #requiredCapacity(char[], int, int)} units in all.
     *
     * @param buf the buffer
     * @param off start of the text
     * @param len length of the text
     * @return the length of the normalized text, which starts at {@code off}
     * @throws IndexOutOfBoundsException if the range is outside {@code buf}, or if expansions
     *                                   need more room than {@code buf} has (then nothing is
     *                                   changed)
     */
    public int normalize(char[] buf, int off, int len) {
        Objects.requireNonNull(buf, "buf");
        Objects.checkFromIndexSize(off, len, buf.length);
        FoldTable t = table;
        int k = t.firstChange(buf, off, len);
        int n = len;
        if (k >= 0) {
            int g = t.growth(buf, off, len, k);
            if (buf.length - off - len < g) {
                throw new IndexOutOfBoundsException("normalizing needs " + (len + g) + " chars from offset " + off
                        + " but the buffer has " + (buf.length - off));
            }
            n = t.normalizeInPlace(buf, off, len, k, g, null);
        }
        return t.elongation ? Runs.collapse(buf, off, n) : n;
    }

    /**
     * The room {@link #normalize(char[], int, int)} needs from {@code off}: {@code len} plus what
     * ligature expansions can add before later removals make up for it.
     *
     * @param buf the buffer
     * @param off start of the text
     * @param len length of the text
     * @return the capacity needed, {@code >= len}
     * @throws IndexOutOfBoundsException if the range is outside {@code buf}
     */
    public int requiredCapacity(char[] buf, int off, int len) {
        Objects.requireNonNull(buf, "buf");
        Objects.checkFromIndexSize(off, len, buf.length);
        return len + table.growth(buf, off, len, 0);
    }

    /**
     * Normalizes the document's view; offsets keep pointing at the original text.
     *
     * @param document the input
     * @return a document with the normalized view, or {@code document} itself when nothing changes
     */
    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        Document folded = fold(document);
        if (!table.elongation || Runs.first(folded.text()) < 0) {
            return folded;
        }
        TextEditor editor = folded.edit();
        Runs.collapse(folded.text(), editor);
        return editor.apply();
    }

    /** Every fold but elongation, as document edits. */
    private Document fold(Document document) {
        String text = document.text();
        FoldTable t = table;
        int k = t.firstChange(text);
        if (k < 0) {
            return document;
        }
        int len = text.length();
        char[] buf = new char[len];
        text.getChars(0, len, buf, 0);
        int g = t.growth(buf, 0, len, k);
        if (g > 0) {
            buf = Arrays.copyOf(buf, len + g);
        }
        TextEditor editor = document.edit();
        t.normalizeInPlace(buf, 0, len, k, g, (index, out, from, to) -> {
            if (to == from) {
                editor.delete(index, index + 1);
            } else {
                editor.replace(index, index + 1, new String(out, from, to - from));
            }
        });
        return editor.apply();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArabicNormalizer n && folds.equals(n.folds);
    }

    @Override
    public int hashCode() {
        return folds.hashCode();
    }

    @Override
    public String toString() {
        return "ArabicNormalizer" + folds;
    }

    private Object readResolve() throws ObjectStreamException {
        return of(folds);
    }

    private static ArabicNormalizer of(Set<Fold> folds) {
        if (folds.equals(forSearch().folds)) {
            return forSearch();
        }
        if (folds.equals(forDisplay().folds)) {
            return forDisplay();
        }
        if (folds.equals(luceneCompatible().folds)) {
            return luceneCompatible();
        }
        return new ArabicNormalizer(folds);
    }

    /**
     * Builds an {@link ArabicNormalizer} from any set of folds. Not thread-safe; the normalizers
     * it builds are.
     *
     * <pre>
     * ArabicNormalizer.builder().folds(Fold.TATWEEL, Fold.DIGITS).build()
     * ArabicNormalizer.forSearch().toBuilder().with(Fold.ELONGATION).build()
     * builder().folds((Fold) null)                  NullPointerException
     * </pre>
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final EnumSet<Fold> folds;

        private Builder(EnumSet<Fold> folds) {
            this.folds = folds;
        }

        /**
         * Replaces the fold set.
         *
         * @param folds the folds to apply (may be empty)
         * @return this builder
         */
        public Builder folds(Fold... folds) {
            Objects.requireNonNull(folds, "folds");
            return folds(java.util.Arrays.asList(folds));
        }

        /**
         * Replaces the fold set.
         *
         * @param folds the folds to apply (may be empty)
         * @return this builder
         */
        public Builder folds(Collection<Fold> folds) {
            Objects.requireNonNull(folds, "folds");
            for (Fold f : folds) {
                Objects.requireNonNull(f, "fold");
            }
            this.folds.clear();
            this.folds.addAll(folds);
            return this;
        }

        /**
         * @param fold a fold to add
         * @return this builder
         */
        public Builder with(Fold fold) {
            folds.add(Objects.requireNonNull(fold, "fold"));
            return this;
        }

        /**
         * @param fold a fold to remove
         * @return this builder
         */
        public Builder without(Fold fold) {
            folds.remove(Objects.requireNonNull(fold, "fold"));
            return this;
        }

        /** @return the normalizer; a preset instance when the folds are a preset's */
        public ArabicNormalizer build() {
            return of(folds);
        }
    }
}
