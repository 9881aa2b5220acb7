package io.github.akhbar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sequence of processors run one after the other; itself a {@link TextProcessor}.
 *
 * <ul>
 *   <li>Nested pipelines are flattened: {@code Pipeline.of(Pipeline.of(a, b), c)} equals
 *       {@code Pipeline.of(a, b, c)}.</li>
 *   <li>Each step sees the document produced by the previous one; annotations accumulate, the
 *       view is edited step after step, offsets stay true to the original.</li>
 *   <li>Equality follows the list of steps.</li>
 * </ul>
 *
 * <pre>
 * Pipeline.of()                 an empty pipeline: returns every document unchanged
 * Pipeline.of(a, null)          NullPointerException ("steps[1]")
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use when their steps are (every library
 * processor is).
 *
 * @since 0.1.0
 */
public final class Pipeline implements TextProcessor {

    private static final long serialVersionUID = 1L;

    private final List<TextProcessor> steps;

    private Pipeline(List<TextProcessor> steps) {
        this.steps = steps;
    }

    /**
     * @param steps the processors, in order
     * @return a pipeline running them in order
     */
    public static Pipeline of(TextProcessor... steps) {
        Objects.requireNonNull(steps, "steps");
        return of(java.util.Arrays.asList(steps));
    }

    /**
     * @param steps the processors, in order
     * @return a pipeline running them in order
     */
    public static Pipeline of(List<? extends TextProcessor> steps) {
        Objects.requireNonNull(steps, "steps");
        List<TextProcessor> flat = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            TextProcessor p = Objects.requireNonNull(steps.get(i), "steps[" + i + "]");
            if (p instanceof Pipeline nested) {
                flat.addAll(nested.steps);
            } else {
                flat.add(p);
            }
        }
        return new Pipeline(List.copyOf(flat));
    }

    /** @return the steps, flattened, in order; unmodifiable */
    public List<TextProcessor> steps() {
        return steps;
    }

    @Override
    public Document process(Document document) {
        Document d = Objects.requireNonNull(document, "document");
        for (TextProcessor step : steps) {
            d = step.process(d);
        }
        return d;
    }

    /**
     * Processes a stream of documents lazily, one after the other, in input order. Memory holds
     * one document at a time beyond what the caller keeps; nothing is read ahead.
     *
     * <pre>{@code
     * try (Stream<Document> out = pipeline.processAll(in)) { out.forEach(sink); }
     * }</pre>
     *
     * @param documents the input, consumed as the result is consumed
     * @return the processed documents, same order, lazily
     */
    public java.util.stream.Stream<Document> processAll(java.util.stream.Stream<Document> documents) {
        Objects.requireNonNull(documents, "documents");
        return documents.map(this::process);
    }

    /**
     * Processes a stream of documents on {@code threads} worker threads, lazily, keeping input
     * order. At most {@code 4 * threads} documents are read ahead and in flight, so memory is
     * bounded by that window, not by the input. Close the returned stream (try-with-resources) to
     * stop the workers early; they are daemon threads and also stop when the input is exhausted.
     * An exception thrown by a processor (a bug: processors are total) is rethrown by the
     * consuming thread.
     *
     * @param documents the input, consumed on the calling thread as results are consumed
     * @param threads   worker threads, {@code >= 1}
     * @return the processed documents, same order
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public java.util.stream.Stream<Document> processAll(java.util.stream.Stream<Document> documents, int threads) {
        Objects.requireNonNull(documents, "documents");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (threads == 1) {
            return processAll(documents);
        }
        return io.github.akhbar.internal.OrderedParallel.map(documents, this::process, threads, 4 * threads);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pipeline p && steps.equals(p.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "Pipeline" + steps;
    }
}
