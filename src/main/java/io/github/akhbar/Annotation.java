package io.github.akhbar;

import java.io.Serializable;
import java.util.Map;

/**
 * Something a processor found in a document: a mention with a span into the original text.
 *
 * <p>The interface is open so that applications can add their own annotation types next to the
 * library's ({@code DateMention}, {@code NumberMention}, {@code Token} …). Implementations must
 * be immutable values (records are ideal) and {@link Serializable}.
 *
 * <pre>
 * span()          [12, 19)              into Document.original()
 * type()          "date"                stable name used by the CLI's JSON output
 * attributes()    {"value": "2024-11"}  type-specific fields, JSON-friendly values
 * </pre>
 *
 * <p>Implementations must be immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public interface Annotation extends Serializable {

    /** @return the half-open range of the mention in {@link Document#original()} */
    Span span();

    /** @return a short, stable, lower-case name for this kind of annotation, such as {@code "date"} */
    String type();

    /**
     * Type-specific fields for serialization (the CLI writes them next to {@code type},
     * {@code start}, {@code end} and {@code text}). Values are {@code String}, {@code Boolean},
     * a {@link Number} (written exactly, {@code BigDecimal} included), or {@code null}.
     *
     * @return an ordered, unmodifiable map; empty by default
     */
    default Map<String, Object> attributes() {
        return Map.of();
    }
}
