package io.github.akhbar;

import java.io.Serializable;
import java.util.Objects;

/**
 * One step of text processing: takes a document, returns a new one (a changed view, more
 * annotations, or both).
 *
 * <ul>
 *   <li>Processors are pure: {@code process} never modifies its argument (documents are
 *       immutable anyway) and returns the same instance when it has nothing to do.</li>
 *   <li>Processors are total: no text makes them throw. Unrecognised material simply yields no
 *       annotation.</li>
 *   <li>Processors are {@link Serializable} and hold only configuration, so they can be shipped
 *       to worker processes (Spark executors, for example).</li>
 *   <li>A processor that changes the view does so only through {@link Document#edit()}, so every
 *       later annotation still maps to the original text.</li>
 * </ul>
 *
 * <p>Implementations must be immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TextProcessor extends Serializable {

    /**
     * Processes one document.
     *
     * @param document the input, never modified
     * @return the processed document
     * @throws NullPointerException if {@code document} is null
     */
    Document process(Document document);

    /**
     * Convenience for one-off use: wraps {@code text} in a document and processes it.
     *
     * @param text the original text
     * @return the processed document
     */
    default Document process(CharSequence text) {
        return process(Document.of(text));
    }

    /**
     * A processor that runs this one, then {@code next}.
     *
     * @param next the processor to run afterwards
     * @return a {@link Pipeline} of the two (flattened if either already is one)
     */
    default TextProcessor andThen(TextProcessor next) {
        return Pipeline.of(this, Objects.requireNonNull(next, "next"));
    }
}
