package io.github.akhbar.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Shared shrinkable generators of Arabic-ish text. Characters are drawn from weighted ranges:
 * Arabic letters, harakat, tatweel, invisible controls and exotic spaces, digits of three
 * scripts, Arabic punctuation, presentation forms, lone surrogates, emoji, ASCII and whitespace.
 */
public final class ArabicArbitraries {

    private ArabicArbitraries() {
    }

    /** One UTF-16 string of 1 or 2 units (emoji come as whole pairs; lone surrogates alone). */
    public static Arbitrary<String> arabicishUnit() {
        return Arbitraries.frequencyOf(
                Tuple.of(40, chars('\u0621', '\u064A')),
                Tuple.of(8, chars('\u064B', '\u0652')),
                Tuple.of(3, Arbitraries.of("\u0640", "\u0670")),
                Tuple.of(4, Arbitraries.of("\u200C", "\u200D", "\u200F", "\u200E", "\u00A0", "\u061C", "\u202B",
                        "\u202C", "\uFEFF", "\u00AD", "\u2009", "\u2066", "\u2069")),
                Tuple.of(5, chars('\u0660', '\u0669')),
                Tuple.of(3, chars('\u06F0', '\u06F9')),
                Tuple.of(6, chars('0', '9')),
                Tuple.of(4, Arbitraries.of("\u060C", "\u061B", "\u061F", "\u00AB", "\u00BB", "\u066B", "\u066C",
                        "\u066A", "%", ".", ",", ":", "/", "-", "(", ")", "\"", "#", "@")),
                Tuple.of(3, chars('\uFB50', '\uFDFF')),
                Tuple.of(3, chars('\uFE70', '\uFEFC')),
                Tuple.of(3, Arbitraries.of("\uD800", "\uDC00", "\uDBFF", "\uDFFF")),
                Tuple.of(2, Arbitraries.of("\uD83D\uDE00", "\uD83C\uDDF2\uD83C\uDDE6", "\uD83D\uDC4D\uD83C\uDFFD")),
                Tuple.of(6, chars('a', 'z')),
                Tuple.of(2, chars('A', 'Z')),
                Tuple.of(14, Arbitraries.of(" ", " ", " ", "\n", "\n\n", "\t", "\r\n")),
                Tuple.of(2, Arbitraries.of("\u06CC", "\u06A9", "\u06D2", "\u06BE", "\u06D5", "\u06C0", "\u0671")));
    }

    /** Arabic-ish text of up to {@code maxUnits} units. */
    public static Arbitrary<String> arabicish(int maxUnits) {
        return arabicishUnit().list().ofMaxSize(maxUnits).map(ArabicArbitraries::join);
    }

    /** Arabic-ish text of up to 200 units. */
    public static Arbitrary<String> arabicish() {
        return arabicish(200);
    }

    /** Any UTF-16 string, including unpaired surrogates and controls. */
    public static Arbitrary<String> anyString() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    /** Lines of Arabic-ish text joined with newlines (for line-oriented processors). */
    public static Arbitrary<String> arabicishLines() {
        return arabicish(60).list().ofMaxSize(12).map(l -> String.join("\n", l));
    }

    private static Arbitrary<String> chars(char from, char to) {
        return Arbitraries.chars().range(from, to).map(String::valueOf);
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(p);
        }
        return sb.toString();
    }
}
