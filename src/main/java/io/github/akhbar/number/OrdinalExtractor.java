package io.github.akhbar.number;

import io.github.akhbar.Annotation;
import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.TextProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds ordinals, in digits after the article ("الدورة الـ92") or in words ("الثانية والتسعين"),
 * and annotates them as {@link OrdinalMention}s; see docs/numbers.md.
 *
 * <ul>
 *   <li>Digit ordinals: ال/الـ (tatweel, a space, any digit script) directly before plain
 *       non-zero digits; not when a counted noun follows ("الـ24 ساعة" is a definite cardinal: the
 *       next word is an indefinite noun in the accusative, a known counting noun or a number
 *       word), not after a group head ("مجموعة الـ77") or a definite plural counting noun
 *       ("الأيام الـ30"), and never without the article
 *       ("الدورة 92").</li>
 *   <li>Word ordinals 1 to 999: masculine and feminine, definite and indefinite, nominative and
 *       genitive ("الحادي والعشرون"، "الثانية والتسعين"، "المائة والعشرين"), Egyptian ى
 *       spellings, regnal names ("لويس السادس عشر"), compounds written with the definite
 *       cardinal unit ("القرن الواحد والعشرين" = 21st); round thousands and millions with the
 *       article ("الألف"، "الألفين"، "الزائر المليون").</li>
 *   <li>A tens, hundreds or scale word with the article, spelled like the definite cardinal, is a
 *       rank only after a definite noun that it does not count ("الدورة العشرين", not "في
 *       العشرين من عمره", "السنوات الثلاثين" or "بلغ المليون").</li>
 *   <li>Coordinated ordinals ("الأول والثاني والثالث") give one mention each.</li>
 *   <li>Not ordinals: root look-alikes (الأولمبياد، الأولوية، الثانوية، الثلاثي), weekdays,
 *       month names, also after a clitic (تشرين الثاني، لكانون الأول، جمادى الأولى), "ثاني
 *       أكسيد/أوكسيد", "مجموعة/قمة العشرين", indefinite "ثانية" (a second of time), tens without
 *       the article, the hundred of a percent phrase ("في المائة"، "بالمئة"), and definite tens,
 *       hundreds or thousands before a counted noun ("الألف دولار").</li>
 *   <li>Span: the article and the whole compound; clitics و، ب، ل، ف، ك are excluded.</li>
 * </ul>
 *
 * <pre>
 * "الدورة الـ92"              92
 * "الدورة الـ 93"             93
 * "الدورة 92"                 nothing
 * "الـ24 ساعة"                nothing
 * "الـ0"                      nothing (the number 0)
 * "الثانية والتسعين"          92, feminine
 * "القرن الواحد والعشرين"     21, masculine
 * "في العشرين من عمره"        nothing (an age)
 * "لويس السادس عشر"           16, masculine
 * "تشرين الثاني"              nothing
 * "نصف في المائة"             nothing (a percentage)
 * process(null)               NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class OrdinalExtractor implements TextProcessor {

    private static final long serialVersionUID = 1L;

    private static final OrdinalExtractor DEFAULT = new OrdinalExtractor(List.of());

    private final List<Class<? extends Annotation>> yieldTo;

    private OrdinalExtractor(List<Class<? extends Annotation>> yieldTo) {
        this.yieldTo = yieldTo;
    }

    /** @return an extractor that yields to nothing */
    public static OrdinalExtractor create() {
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
     * Finds the ordinals of a plain text; spans are indices into {@code text}.
     *
     * @param text the text
     * @return the mentions in text order
     * @throws NullPointerException if {@code text} is null
     */
    public List<OrdinalMention> extract(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        NumberGrammar.Result r = NumberGrammar.scan(s);
        List<OrdinalMention> out = new ArrayList<>(r.ordinals().size());
        for (NumberGrammar.Ordinal o : r.ordinals()) {
            out.add(new OrdinalMention(Spans.toView(s, r.folded(), o.start(), o.end()), o.value(), o.gender(),
                    o.definite()));
        }
        return List.copyOf(out);
    }

    /**
     * Annotates the ordinals of {@code document}'s view, in original coordinates.
     *
     * @param document the document; its text is scanned and its existing annotations decide what to yield to
     * @return the document with the mentions added; the same instance when there are none
     * @throws NullPointerException if {@code document} is null
     */
    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        NumberGrammar.Result r = NumberGrammar.scan(document.text());
        if (r.ordinals().isEmpty()) {
            return document;
        }
        Spans.Blocker blocker = Spans.blocker(document, yieldTo);
        List<OrdinalMention> out = new ArrayList<>(r.ordinals().size());
        for (NumberGrammar.Ordinal o : r.ordinals()) {
            Span span = Spans.toOriginal(document, r.folded(), o.start(), o.end());
            if (!blocker.blocks(span)) {
                out.add(new OrdinalMention(span, o.value(), o.gender(), o.definite()));
            }
        }
        return document.withAnnotations(out);
    }

    /** Keeps the default instance a singleton across serialization. */
    private Object readResolve() {
        return yieldTo == null || yieldTo.isEmpty() ? DEFAULT : new OrdinalExtractor(List.copyOf(yieldTo));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrdinalExtractor x && yieldTo.equals(x.yieldTo);
    }

    @Override
    public int hashCode() {
        return yieldTo.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "OrdinalExtractor[yieldTo=" + yieldTo + "]";
    }

    /**
     * Configures an {@link OrdinalExtractor}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private List<Class<? extends Annotation>> yieldTo;

        private Builder(List<Class<? extends Annotation>> yieldTo) {
            this.yieldTo = yieldTo;
        }

        /**
         * Sets the annotation types that own their words: an ordinal overlapping one of them is
         * not reported (a month name such as "كانون الأول" found by the date step).
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
        public OrdinalExtractor build() {
            return yieldTo.isEmpty() ? DEFAULT : new OrdinalExtractor(yieldTo);
        }
    }
}
