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
