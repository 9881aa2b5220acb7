package io.github.akhbar.number;

import io.github.akhbar.Annotation;
import io.github.akhbar.Span;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A cardinal number found in the text: its span in the original, its exact value, how it was
 * written, and whether it is a percentage.
 *
 * <ul>
 *   <li>{@code span} covers the whole expression in original coordinates, sign and percent
 *       phrase included ("15 في المائة"), attached clitics such as و or ب excluded.</li>
 *   <li>{@code value} is exact; a percentage keeps its face value (15, not 0.15).</li>
 *   <li>{@code value} is normalized by the constructor: trailing zeros are stripped and an
 *       integer never carries an exponent, so equal numbers make equal mentions and print plainly
 *       ({@code 2.50} → {@code 2.5}, {@code 2.5E+6} → {@code 2500000}).</li>
 * </ul>
 *
 * <pre>
 * "ستة وتسعون"        value 96        WORDS   percent false
 * "2,5 مليون"         value 2500000   MIXED   percent false
 * "١٥٪"               value 15        DIGITS  percent true
 * value 2.5E+6        value 2500000 (normalized)
 * null component      NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @param span the mention in original coordinates
 * @param value the exact value
 * @param kind how the number was written
 * @param percent whether the number is a percentage
 * @since 0.1.0
 */
public record NumberMention(Span span, BigDecimal value, Kind kind, boolean percent) implements Annotation {

    private static final long serialVersionUID = 1L;

    /** How a number was written. @since 0.1.0 */
    public enum Kind {
        /** Digits only, in any script ("1,234", "١٢"). */
        DIGITS,
        /** Number words only ("ثلاثة آلاف"). */
        WORDS,
        /** Digits with number words ("2.5 مليون", "ثلاثة ملايين و200 ألف"). */
        MIXED
    }

    /**
     * Checks the components and normalizes {@code value}.
     *
     * @throws NullPointerException if a component is null
     */
    public NumberMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        value = normalize(value);
    }

    private static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** @return {@code "number"} */
    @Override
    public String type() {
        return "number";
    }

    /** @return {@code value} (a {@link BigDecimal}), {@code kind} (lower case) and {@code percent} */
    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("kind", kind.name().toLowerCase(Locale.ROOT));
        m.put("percent", percent);
        return Collections.unmodifiableMap(m);
    }
}
