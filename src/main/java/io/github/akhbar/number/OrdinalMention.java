package io.github.akhbar.number;

import io.github.akhbar.Annotation;
import io.github.akhbar.Span;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An ordinal found in the text ("الدورة الـ92", "الثانية والتسعين", "لويس السادس عشر").
 *
 * <ul>
 *   <li>{@code span} covers the article ال/الـ and the whole compound, in original coordinates;
 *       attached clitics (و، ب، ل، ف، ك) are excluded.</li>
 *   <li>{@code gender} comes from the unit word (for a cardinal unit such as الثلاثة in
 *       "الثلاثة والعشرين", the gender of the nouns it counts); compounds without one (العشرون،
 *       المائة والعشرين، الألف) and digit ordinals have none.</li>
 * </ul>
 *
 * <pre>
 * "الـ92"              value 92   UNSPECIFIED  definite true
 * "الحادية عشرة"       value 11   FEMININE     definite true
 * "أول"                value 1    MASCULINE    definite false
 * value 0              IllegalArgumentException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @param span the mention in original coordinates
 * @param value the ordinal value, at least 1
 * @param gender the grammatical gender
 * @param definite whether the ordinal carries the article
 * @since 0.1.0
 */
public record OrdinalMention(Span span, long value, Gender gender, boolean definite) implements Annotation {

    private static final long serialVersionUID = 1L;

    /** Grammatical gender of an ordinal. @since 0.1.0 */
    public enum Gender {
        /** الثاني، الحادي عشر. */
        MASCULINE,
        /** الثانية، الحادية عشرة. */
        FEMININE,
        /** Digit ordinals and forms without gender (العشرون، المائة). */
        UNSPECIFIED
    }

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code value < 1}
     */
    public OrdinalMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(gender, "gender");
        if (value < 1) {
            throw new IllegalArgumentException("value must be >= 1, was " + value);
        }
    }

    /** @return {@code "ordinal"} */
    @Override
    public String type() {
        return "ordinal";
    }

    /** @return {@code value} (a {@link Long}), {@code gender} (lower case) and {@code definite} */
    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("gender", gender.name().toLowerCase(Locale.ROOT));
        m.put("definite", definite);
        return Collections.unmodifiableMap(m);
    }
}
