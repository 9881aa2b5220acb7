package io.github.akhbar.date;

import io.github.akhbar.internal.FoldedText;

import java.util.Arrays;

/**
 * The folded text cut into word, number and punctuation tokens, with the predicates the date
 * grammar asks of them. Built once per text in one pass; every predicate is O(1) or O(token
 * length) and none allocates except {@link #word}. Not API.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte PUNCT = 2;

    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';

    /** The folded text. */
    final String f;
    final char[] chars;
    private final CharSequence source;
    private final FoldedText folded;

    byte[] type = new byte[64];
    /** Token start and end offsets in the folded text. */
    int[] ts = new int[64];
    int[] te = new int[64];
    int n;

    Tokens(CharSequence source, FoldedText folded) {
        this.source = source;
        this.folded = folded;
        this.f = folded.folded();
        this.chars = f.toCharArray();
        tokenize();
    }

    private void tokenize() {
        char[] a = chars;
        int len = a.length;
        int i = 0;
        while (i < len) {
            char c = a[i];
            int s = i;
            byte t;
            if (isLetter(c)) {
                i++;
                while (i < len && isLetter(a[i])) {
                    i++;
                }
                t = WORD;
            } else if (c >= '0' && c <= '9') {
                i++;
                while (i < len && a[i] >= '0' && a[i] <= '9') {
                    i++;
                }
                t = NUM;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < len && Character.isLowSurrogate(a[i])) {
                    i++;
                }
                t = PUNCT;
            }
            if (n == type.length) {
                type = Arrays.copyOf(type, n * 2);
                ts = Arrays.copyOf(ts, n * 2);
                te = Arrays.copyOf(te, n * 2);
            }
            type[n] = t;
            ts[n] = s;
            te[n] = i;
            n++;
        }
    }

    private static boolean isLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || (c >= 'a' && c <= 'z');
    }

    boolean isWord(int t) {
        return t >= 0 && t < n && type[t] == WORD;
    }

    boolean isNum(int t) {
        return t >= 0 && t < n && type[t] == NUM;
    }

    boolean isPunct(int t) {
        return t >= 0 && t < n && type[t] == PUNCT;
    }

    /** @return the folded word at {@code t}, or "" when {@code t} is not a word */
    String word(int t) {
        return isWord(t) ? f.substring(ts[t], te[t]) : "";
    }

    /** @return the folded word or number at {@code t}, or null for punctuation and the end */
    String wordOrNumber(int t) {
        return t >= 0 && t < n && type[t] != PUNCT ? f.substring(ts[t], te[t]) : null;
    }

    /** @return whether token {@code t} is the folded word {@code w} */
    boolean is(int t, String w) {
        if (!isWord(t) || te[t] - ts[t] != w.length()) {
            return false;
        }
        for (int i = 0, k = ts[t]; i < w.length(); i++, k++) {
            if (chars[k] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether token {@code t} is one punctuation character out of {@code set} */
    boolean punct(int t, String set) {
        return isPunct(t) && te[t] - ts[t] == 1 && set.indexOf(chars[ts[t]]) >= 0;
    }

    /** @return whether tokens {@code a} and {@code b} touch (no space between them) */
    boolean adjacent(int a, int b) {
        return a >= 0 && b < n && te[a] == ts[b];
    }

    /** @return the value of a number token of at most {@code maxDigits} digits, else -1 */
    int num(int t, int maxDigits) {
        if (!isNum(t) || te[t] - ts[t] > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int i = ts[t]; i < te[t]; i++) {
            v = v * 10 + (chars[i] - '0');
        }
        return v;
    }

    /** @return the digit count of a number token, 0 for anything else */
    int digits(int t) {
        return isNum(t) ? te[t] - ts[t] : 0;
    }

    /**
     * The length of a one-letter conjunction (و، ف) that may be glued to the word at {@code t}
     * (a word of three letters or more starting with و or ف): 1, else 0.
     */
    int conjunction(int t) {
        if (!isWord(t) || te[t] - ts[t] < 3) {
            return 0;
        }
        char c = chars[ts[t]];
        return c == WAW || c == FEH ? 1 : 0;
    }

    /**
     * Whether tokens {@code t .. t + count - 1} are spelled in the source exactly as
     * {@code written} (hamza and madda kept; tatweel and harakat ignored, alef + U+0653 read as
     * آ). For the table's {@code exact} forms, whose fold collides with ordinary words.
     */
    boolean spelled(int t, int count, String written) {
        if (t < 0 || t + count > n) {
            return false;
        }
        int s = folded.sourceStart(ts[t]);
        int e = folded.sourceEnd(te[t + count - 1]);
        return MonthNames.written(source.subSequence(s, e)).equals(written);
    }
}
