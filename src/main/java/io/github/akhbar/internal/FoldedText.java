package io.github.akhbar.internal;

import java.util.Arrays;

/**
 * A text folded with {@link MatchFold}, with a map from every folded position back to the
 * source. Extractors match their lexicons against {@link #folded()} and report
 * {@code [sourceStart(s), sourceEnd(e))}. Not API.
 *
 * <p>Costs one pass and, when anything folds, two {@code int} arrays of the folded length.
 */
public final class FoldedText {

    private final String folded;
    /** Source index of each folded char; null when the fold is the identity. */
    private final int[] start;
    /** Source end index (exclusive) of each folded char; null when the fold is the identity. */
    private final int[] end;
    private final int sourceLength;

    private FoldedText(String folded, int[] start, int[] end, int sourceLength) {
        this.folded = folded;
        this.start = start;
        this.end = end;
        this.sourceLength = sourceLength;
    }

    /**
     * Folds {@code source}.
     *
     * @param source the text
     * @return the folded text with its back-map
     */
    public static FoldedText of(CharSequence source) {
        int n = source.length();
        int i = 0;
        while (i < n && MatchFold.SINGLE[source.charAt(i)] == source.charAt(i)) {
            i++;
        }
        if (i == n) {
            return new FoldedText(source.toString(), null, null, n);
        }
        char[] out = new char[n + 16];
        int[] st = new int[n + 16];
        int[] en = new int[n + 16];
        int o = 0;
        for (int k = 0; k < i; k++) {
            out[k] = source.charAt(k);
            st[k] = k;
            en[k] = k + 1;
        }
        o = i;
        for (; i < n; i++) {
            char c = source.charAt(i);
            char f = MatchFold.SINGLE[c];
            if (f == MatchFold.DROP) {
                continue;
            }
            String exp = f == MatchFold.EXPAND ? MatchFold.EXPANSIONS[c] : null;
            int need = exp == null ? 1 : exp.length();
            if (o + need > out.length) {
                int cap = Math.max(out.length * 2, o + need);
                out = Arrays.copyOf(out, cap);
                st = Arrays.copyOf(st, cap);
                en = Arrays.copyOf(en, cap);
            }
            if (exp == null) {
                out[o] = f;
                st[o] = i;
                en[o] = i + 1;
                o++;
            } else {
                for (int k = 0; k < exp.length(); k++) {
                    out[o] = exp.charAt(k);
                    st[o] = i;
                    en[o] = i + 1;
                    o++;
                }
            }
        }
        return new FoldedText(new String(out, 0, o), st, en, n);
    }

    /** @return the folded text */
    public String folded() {
        return folded;
    }

    /** @return the length of the source text */
    public int sourceLength() {
        return sourceLength;
    }

    /**
     * @param i folded index, {@code 0 <= i <= folded().length()}
     * @return the source index where the folded char at {@code i} starts (source length at the end)
     */
    public int sourceStart(int i) {
        if (start == null) {
            return i;
        }
        return i == folded.length() ? sourceLength : start[i];
    }

    /**
     * @param i folded end index, {@code 0 <= i <= folded().length()}
     * @return the source index just after the folded char at {@code i - 1} (0 for {@code i == 0})
     */
    public int sourceEnd(int i) {
        if (end == null) {
            return i;
        }
        return i == 0 ? 0 : end[i - 1];
    }
}
