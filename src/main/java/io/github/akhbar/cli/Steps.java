package io.github.akhbar.cli;

import io.github.akhbar.Pipeline;
import io.github.akhbar.TextProcessor;
import io.github.akhbar.WhitespaceCleaner;
import io.github.akhbar.boilerplate.BoilerplateStripper;
import io.github.akhbar.date.DateExtractor;
import io.github.akhbar.date.DateMention;
import io.github.akhbar.number.NumberExtractor;
import io.github.akhbar.number.OrdinalExtractor;
import io.github.akhbar.token.ArabicTokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The named steps of {@code akhbar process --steps}, also for library users who want the CLI's
 * exact pipeline. The map's order is the canonical run order: steps
 * given on the command line always run in this order, whatever order they are listed in (text
 * edits first, then tokens, then the extractors, dates before numbers so that dates own their
 * digits).
 */
public final class Steps {

    /**
     * Options that steps may read.
     *
     * @param profile normalization profile name: search, display or lucene
     */
    public record Config(String profile) {
        /** The defaults. */
        public static final Config DEFAULT = new Config("search");
    }

    private static final Map<String, Function<Config, TextProcessor>> STEPS;

    static {
        Map<String, Function<Config, TextProcessor>> m = new LinkedHashMap<>();
        m.put("strip", c -> BoilerplateStripper.defaults());
        m.put("whitespace", c -> WhitespaceCleaner.create());
        m.put("normalize", c -> io.github.akhbar.normalize.ArabicNormalizer.forProfile(c.profile()));
        m.put("tokens", c -> ArabicTokenizer.create());
        m.put("dates", c -> DateExtractor.create());
        // dates run first and own their digits: "2024" in "7 نونبر 2024" is not also a number
        m.put("numbers", c -> NumberExtractor.builder().yieldTo(DateMention.class).build());
        m.put("ordinals", c -> OrdinalExtractor.builder().yieldTo(DateMention.class).build());
        STEPS = Collections.unmodifiableMap(m);
    }

    private Steps() {
    }

    /**
     * @param step a processor built by {@link #pipeline}
     * @return its step name, or its class name if it is not one of ours
     */
    public static String nameOf(TextProcessor step) {
        for (Map.Entry<String, Function<Config, TextProcessor>> e : STEPS.entrySet()) {
            if (e.getValue().apply(Config.DEFAULT).getClass() == step.getClass()) {
                return e.getKey();
            }
        }
        return step.getClass().getSimpleName();
    }

    /** @return every step name, in run order */
    public static List<String> names() {
        return List.copyOf(STEPS.keySet());
    }

    /**
     * @param requested step names (any order, duplicates ignored)
     * @param config    step options
     * @return the pipeline running them in canonical order
     * @throws IllegalArgumentException naming the unknown step and listing the valid ones
     */
    public static Pipeline pipeline(List<String> requested, Config config) {
        for (String name : requested) {
            if (!STEPS.containsKey(name)) {
                throw new IllegalArgumentException("unknown step '" + name + "'; valid steps: "
                        + String.join(", ", STEPS.keySet()));
            }
        }
        List<TextProcessor> steps = new ArrayList<>();
        for (Map.Entry<String, Function<Config, TextProcessor>> e : STEPS.entrySet()) {
            if (requested.contains(e.getKey())) {
                steps.add(e.getValue().apply(config));
            }
        }
        return Pipeline.of(steps);
    }
}
