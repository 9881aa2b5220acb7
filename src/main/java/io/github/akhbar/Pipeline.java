package io.github.akhbar;

import io.github.akhbar.internal.OrderedParallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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
        return of(Arrays.asList(steps));
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
     * Processes a stream of documents lazily, one after the other, in input order, on the thread
     * that consumes the result. The input is made {@linkplain Stream#sequential() sequential}
     * (a parallel input stream would otherwise process documents concurrently and read ahead), so
     * memory holds one document at a time beyond what the caller keeps, and nothing is read ahead.
     *
     * <pre>{@code
     * try (Stream<Document> out = pipeline.processAll(in)) { out.forEach(sink); }
     * }</pre>
     *
     * @param documents the input, consumed as the result is consumed
     * @return the processed documents, same order, lazily; closing it closes {@code documents}
     * @since 0.1.0
     */
    public Stream<Document> processAll(Stream<Document> documents) {
        Objects.requireNonNull(documents, "documents");
        return documents.sequential().map(this::process);
    }

    /**
     * Processes a stream of documents on {@code threads} worker threads, lazily, keeping input
     * order. The input is consumed on the thread that consumes the result; at most
     * {@code 4 * threads} documents are read ahead and in flight, so memory is bounded by that
     * window, not by the input. An exception thrown by a processor (a bug: processors are total)
     * is rethrown by the consuming thread.
     *
     * <p>Close the returned stream (try-with-resources), above all when it is not consumed to the
     * end: closing stops the workers at once and closes {@code documents}. The workers are daemon
     * threads that also end by themselves once the input is exhausted, or after a second of
     * idleness when the stream is abandoned unclosed, so they never keep the JVM alive.
     *
     * <pre>{@code
     * try (Stream<Document> out = pipeline.processAll(in, 4)) { out.forEach(sink); }
     * }</pre>
     *
     * @param documents the input, consumed on the calling thread as results are consumed
     * @param threads   worker threads, {@code >= 1}; 1 is {@link #processAll(Stream)}
     * @return the processed documents, same order
     * @throws IllegalArgumentException if {@code threads < 1}
     * @since 0.1.0
     */
    public Stream<Document> processAll(Stream<Document> documents, int threads) {
        Objects.requireNonNull(documents, "documents");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (threads == 1) {
            return processAll(documents);
        }
        return OrderedParallel.map(documents, this::process, threads, 4 * threads);
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
