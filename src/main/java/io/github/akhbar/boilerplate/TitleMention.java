package io.github.akhbar.boilerplate;

import io.github.akhbar.Annotation;
import io.github.akhbar.Span;

import java.util.Objects;

/**
 * The title line of a scraped article, found by {@link BoilerplateStripper} when the first
 * non-blank line looks like a headline. The line is kept in the view; its repeats are removed.
 *
 * <pre>
 * span()          [0, 58)       the first line in Document.original()
 * type()          "title"
 * attributes()    {}
 * new TitleMention(null)        NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @param span the title line in the original text
 * @since 0.1.0
 */
public record TitleMention(Span span) implements Annotation {

    private static final long serialVersionUID = 1L;

    /**
     * Validates that the span is present.
     *
     * @throws NullPointerException if {@code span} is null
     */
    public TitleMention {
        Objects.requireNonNull(span, "span");
    }

    /** @return {@code "title"} */
    @Override
    public String type() {
        return "title";
    }
}
