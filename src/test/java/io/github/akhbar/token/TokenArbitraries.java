package io.github.akhbar.token;

import io.github.akhbar.testing.ArabicArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Shrinkable generators of news-like text that exercise the tokenizer's special rules. */
final class TokenArbitraries {

    private TokenArbitraries() {
    }

    /** A fragment that triggers one of the special rules, or a plain Arabic-ish unit. */
    static Arbitrary<String> fragment() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, ArabicArbitraries.arabicishUnit()),
                Tuple.of(2, Arbitraries.of("\u0627\u0644\u0640", "\u0645.", "\u0623.\u0634.\u0623", "U.S.",
                        "http://", "https://", "www.", "x@y.ma", "@", "#", "\u200D", "\u200C", "\u0640",
                        "16:45", "07/11/2024", "2024-11-07", "1,234.5", "\u0661\u066C\u0662\u066B\u0663",
                        "\u2764\uFE0F", "\uD83D\uDC68\u200D\uD83D\uDC69", "\u0301", "G20", "_", "a.", ":", "/",
                        "\u041C\u043E", "\u6771", "\uD835\uDC00", "1\uFE0F\u20E3", "#\uFE0F\u20E3",
                        "\u0600", "\u06DD", "\u0627\u0644", "\u0627\u0644\u0640 ", " ", "\u060C ", "\u00AB",
                        "\u064E", "\n")));
    }

    /** News-like text of up to {@code max} fragments. */
    static Arbitrary<String> newsish(int max) {
        return fragment().list().ofMaxSize(max).map(l -> String.join("", l));
    }
}
