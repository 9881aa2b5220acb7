package io.github.akhbar.boilerplate;

import io.github.akhbar.Annotation;
import io.github.akhbar.Span;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line that {@link BoilerplateStripper} removed from the view: its span in the original text,
 * why it went, and the cue or rule that fired.
 *
 * <pre>
 * span()          [120, 131)               the whole line in Document.original(), without its line break
 * type()          "removed"
 * kind()          BoilerplateKind.RELATED
 * cue()           "اقرأ أيضا"               a cue from cues.tsv, or a rule name such as "rule:teaser"
 * attributes()    {"kind": "related", "cue": "اقرأ أيضا"}
 * new BoilerplateMention(null, kind, cue)   NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @param span the removed line in the original text
 * @param kind why the line was removed
 * @param cue  the cue (as written in the table) or rule name that fired
 * @since 0.1.0
 */
public record BoilerplateMention(Span span, BoilerplateKind kind, String cue) implements Annotation {

    private static final long serialVersionUID = 1L;

    /**
     * Validates that every part is present.
     *
     * @throws NullPointerException if any argument is null
     */
    public BoilerplateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
    }

    /** @return {@code "removed"} */
    @Override
    public String type() {
        return "removed";
    }

    /** @return {@code {"kind": kind.jsonName(), "cue": cue}} */
    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.jsonName());
        m.put("cue", cue);
        return java.util.Collections.unmodifiableMap(m);
    }
}
