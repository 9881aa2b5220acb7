package io.github.akhbar.number;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.TextProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds cardinal numbers written in digits of any script, in Arabic number words, or both,
 * and annotates them as {@link NumberMention}s; see docs/numbers.md.
 *
 * <ul>
 *   <li>Digits: ASCII, Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹), mixed freely; a
 *       leading sign at the start, after a space or "("; the Egyptian press decimal "6ر23" (= 23.6).</li>
 *   <li>Separators: ٫ is always the decimal mark and ٬ always groups; no-break and thin spaces
 *       group. For {@code .} and {@code ,}: two different separators → the last is the decimal
 *       mark; one used more than once → grouping; one used once → grouping when exactly three
 *       digits follow, the integer part has one to three digits, is not 0, and no scale word
 *       follows; otherwise decimal. Malformed groups ("12.05.2024", "١٬٥") give no number.</li>
 *   <li>Clock times ("16:45", "9:05:30": hour 0–23, two-digit minutes and seconds) are never
 *       numbers.</li>
 *   <li>Words: units, teens, tens, hundreds, thousands and scales to the trillions in every case
 *       and gender, joined by و with or without a space, and digits inside word compounds.</li>
 *   <li>Fractions, only where the value is exact: نصف/ربع/ثلاثة أرباع … before a singular scale
 *       ("نصف مليون") or a percent phrase, and "و نصف/و ربع" after a number, as a fraction of its
 *       last unit ("مليون ونصف" = 1500000). Thirds of a scale have no exact value: the phrase is
 *       read and no number is reported.</li>
 *   <li>Percentages: "%" or "٪" after (or directly before) the digits, "في المائة/المئة",
 *       "بالمائة/بالمئة" set the percent flag and widen the span; صفر (zero, also a Hijri month)
 *       counts only before a percent phrase.</li>
 *   <li>Ranges "10-15" give two mentions. Digit ordinals ("الـ92") and words inside ordinals
 *       ("السادس عشر") are left to {@link OrdinalExtractor}.</li>
 *   <li>Vague quantities (عشرات، مئات، آلاف alone) and root look-alikes are never numbers.</li>
 *   <li>With {@link Builder#yieldTo(Class[])}, a number overlapping an existing annotation of one
 *       of the given types (a date) is not reported.</li>
 * </ul>
 *
 * <pre>
 * "1,234,567"                 1234567
 * "3.500 درهم"                3500
 * "2,5 مليون"                 2500000
 * "١٢٫٥"                      12.5
 * "١٢٫٥٠٠"                    12.5
 * "ستة وتسعون"                96
 * "ثلاثة ملايين و200 ألف"     3200000
 * "مليونين وثلاثمائة ألف"     2300000
 * "مليون ونصف"                1500000
 * "15 في المائة"              15, percent
 * "نصف في المائة"             0.5, percent
 * "10-15"                     10 and 15
 * "الساعة 16:45"              nothing
 * "ثلث مليون"                 nothing (no exact value)
 * "عشرات"                     nothing
 * process(null)               NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class NumberExtractor implements TextProcessor {

    private static final long serialVersionUID = 1L;

    private static final NumberExtractor DEFAULT = new NumberExtractor(List.of());

    private final List<Class<? extends Annotation>> yieldTo;

    private NumberExtractor(List<Class<? extends Annotation>> yieldTo) {
        this.yieldTo = yieldTo;
    }

    /** @return an extractor that yields to nothing */
    public static NumberExtractor create() {
        return DEFAULT;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /** @return a builder holding this extractor's configuration */
    public Builder toBuilder() {
        return new Builder(yieldTo);
    }

    /** @return the annotation types this extractor yields to, in configuration order */
    public List<Class<? extends Annotation>> yieldTo() {
        return yieldTo;
    }

    /**
     * Finds the numbers of a plain text; spans are indices into {@code text}.
     *
     * @param text the text
     * @return the mentions in text order
     * @throws NullPointerException if {@code text} is null
     */
    public List<NumberMention> extract(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        NumberGrammar.Result r = NumberGrammar.scan(s);
        List<NumberMention> out = new ArrayList<>(r.cardinals().size());
        for (NumberGrammar.Cardinal c : r.cardinals()) {
            out.add(new NumberMention(Spans.toView(s, r.folded(), c.start(), c.end()), c.value(), c.kind(),
                    c.percent()));
        }
        return List.copyOf(out);
    }

    /**
     * Annotates the numbers of {@code document}'s view, in original coordinates.
     *
     * @param document the document; its text is scanned and its existing annotations decide what to yield to
     * @return the document with the mentions added; the same instance when there are none
     * @throws NullPointerException if {@code document} is null
     */
    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        NumberGrammar.Result r = NumberGrammar.scan(document.text());
        if (r.cardinals().isEmpty()) {
            return document;
        }
        Spans.Blocker blocker = Spans.blocker(document, yieldTo);
        List<NumberMention> out = new ArrayList<>(r.cardinals().size());
        for (NumberGrammar.Cardinal c : r.cardinals()) {
            Span span = Spans.toOriginal(document, r.folded(), c.start(), c.end());
            if (!blocker.blocks(span)) {
                out.add(new NumberMention(span, c.value(), c.kind(), c.percent()));
            }
        }
        return document.withAnnotations(out);
    }

    /** Keeps the default instance a singleton across serialization. */
    private Object readResolve() {
        return yieldTo == null || yieldTo.isEmpty() ? DEFAULT : new NumberExtractor(List.copyOf(yieldTo));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberExtractor x && yieldTo.equals(x.yieldTo);
    }

    @Override
    public int hashCode() {
        return yieldTo.hashCode();
    }

    @Override
    public String toString() {
        return "NumberExtractor[yieldTo=" + yieldTo + "]";
    }

    /**
     * Configures a {@link NumberExtractor}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private List<Class<? extends Annotation>> yieldTo;

        private Builder(List<Class<? extends Annotation>> yieldTo) {
            this.yieldTo = yieldTo;
        }

        /**
         * Sets the annotation types that own their digits: a number overlapping one of them is
         * not reported (the CLI passes the date mention type when the dates step runs).
         *
         * @param types the types; none to yield to nothing
         * @return this builder
         * @throws NullPointerException if {@code types} or an element is null
         * @throws IllegalArgumentException if a type is listed twice
         */
        @SafeVarargs
        public final Builder yieldTo(Class<? extends Annotation>... types) {
            this.yieldTo = Spans.yieldTypes(types);
            return this;
        }

        /** @return the extractor */
        public NumberExtractor build() {
            return yieldTo.isEmpty() ? DEFAULT : new NumberExtractor(yieldTo);
        }
    }
}
