package io.github.akhbar.token;

import io.github.akhbar.Annotation;
import io.github.akhbar.Span;
import io.github.akhbar.internal.MatchFold;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One token: its range, its {@link TokenType}, and whether it follows the article marker
 * {@code الـ} with no gap.
 *
 * <ul>
 *   <li>The range is held as two ints (one object per token on the list path);
 *       {@link #span()} builds the {@link Span} on demand.</li>
 *   <li>{@code span()} indexes the text that was tokenized; for tokens added by
 *       {@link ArabicTokenizer#process(io.github.akhbar.Document)} it indexes the original text.</li>
 *   <li>{@code afterMarker()} is true for the number in {@code الـ92}: the previous token is an
 *       Arabic word that touches this one and ends in tatweel, or is the bare article {@code ال}
 *       (what {@code الـ} becomes once a normalizer has removed the tatweel). The ordinal step
 *       recognises the same marker on its own, so it needs no tokens step before it.</li>
 *   <li>The search key is computed on demand by {@link #normalized(CharSequence)}.</li>
 * </ul>
 *
 * <pre>
 * text "الدورة الـ92"   tokens [0,6) ARABIC, [7,10) ARABIC "الـ", [10,12) NUMBER afterMarker
 * new Token(0, 1, null, false)  NullPointerException
 * new Token(3, 1, ARABIC, false) IllegalArgumentException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @param start       index of the first char
 * @param end         index just past the last char
 * @param kind        the token's type
 * @param afterMarker whether the token directly follows an article marker {@code الـ}
 * @since 0.1.0
 */
public record Token(int start, int end, TokenType kind, boolean afterMarker) implements Annotation {

    private static final long serialVersionUID = 1L;

    /** The annotation type of every token: {@value}. */
    public static final String TYPE = "token";

    /**
     * Checks the components.
     *
     * @throws NullPointerException     if {@code kind} is null
     * @throws IllegalArgumentException unless {@code 0 <= start <= end}
     */
    public Token {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }

    /**
     * The token's range as a {@link Span}.
     *
     * @return a new span {@code [start, end)}
     */
    @Override
    public Span span() {
        return new Span(start, end);
    }

    /**
     * A token that does not follow a marker.
     *
     * @param start start index
     * @param end   end index
     * @param kind  type
     * @return the token
     */
    public static Token of(int start, int end, TokenType kind) {
        return new Token(start, end, kind, false);
    }

    /**
     * The token's text in {@code source} (the text it was produced from; the original text for
     * document annotations).
     *
     * @param source the text
     * @return the covered substring
     * @throws IndexOutOfBoundsException if the span does not fit {@code source}
     */
    public String text(CharSequence source) {
        Objects.requireNonNull(source, "source");
        Objects.checkFromToIndex(start, end, source.length());
        return source.subSequence(start, end).toString();
    }

    /**
     * The search key of the token: its text folded like lexicon keys (hamza/alef forms, ى→ي,
     * ة→ه, no tatweel, harakat or invisibles, digits to ASCII).
     *
     * <pre>
     * "أَحْمَد"   "احمد"
     * "الـ"      "ال"
     * "١٢"       "12"
     * </pre>
     *
     * @param source the text the span indexes
     * @return the folded text
     */
    public String normalized(CharSequence source) {
        return MatchFold.fold(text(source));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.label());
        if (afterMarker) {
            m.put("afterMarker", Boolean.TRUE);
        }
        return Collections.unmodifiableMap(m);
    }
}
