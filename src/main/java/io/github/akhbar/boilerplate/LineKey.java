package io.github.akhbar.boilerplate;

import io.github.akhbar.internal.MatchFold;

/**
 * The key a line is matched by: folded with {@link MatchFold}, stripped of leading and trailing
 * characters that are neither letters nor digits, inner whitespace runs collapsed to one space.
 * Not API.
 *
 * <p>The per-character fold is copied once from {@link MatchFold#fold} into a table (one call per
 * UTF-16 unit, about 10 ms at first use), so keys are built in a single pass without the
 * back-map {@code FoldedText} keeps; the result is the same string {@code MatchFold.fold} would
 * give, trimmed and collapsed.
 */
final class LineKey {

    private static final char DROP = '\uFFFF';
    private static final char EXPAND = '\uFFFE';
    private static final byte OTHER = 0;
    private static final byte ALNUM = 1;
    private static final byte SPACE = 2;

    private LineKey() {
    }

    /** Lazy holder for the fold and class tables. */
    private static final class Tables {
        static final char[] FOLD = new char[0x10000];
        static final String[] EXPANSION = new String[0x10000];
        static final byte[] CLASS = new byte[0x10000];

        static {
            for (int c = 0; c < 0x10000; c++) {
                char ch = (char) c;
                CLASS[c] = Character.isLetterOrDigit(ch) ? ALNUM
                        : Character.isWhitespace(ch) || Character.isSpaceChar(ch) ? SPACE : OTHER;
                // "A" forces MatchFold's slow path, which drops U+FFFF like inside any folded text
                String f = MatchFold.fold("A" + ch).substring(1);
                if (f.isEmpty()) {
                    FOLD[c] = DROP;
                } else if (f.length() == 1 && f.charAt(0) != DROP && f.charAt(0) != EXPAND) {
                    FOLD[c] = f.charAt(0);
                } else {
                    FOLD[c] = EXPAND;
                    EXPANSION[c] = f;
                }
            }
        }
    }

    static String of(CharSequence line) {
        String s = line.toString();
        return of(s, 0, s.length());
    }

    /** The key of {@code line[start, end)}; O(end - start), one char array. */
    static String of(String line, int start, int end) {
        char[] fold = Tables.FOLD;
        byte[] cls = Tables.CLASS;
        char[] out = new char[end - start + 8];
        int n = 0;
        int lastAlnumEnd = 0; // length of out up to and including the last letter or digit
        boolean pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            char f = fold[c];
            if (f == DROP) {
                continue;
            }
            String x = f == EXPAND ? Tables.EXPANSION[c] : null;
            int m = x == null ? 1 : x.length();
            for (int j = 0; j < m; j++) {
                char g = x == null ? f : x.charAt(j);
                byte k = cls[g];
                if (k == SPACE) {
                    pendingSpace = n > 0;
                    continue;
                }
                if (n == 0 && k != ALNUM) {
                    continue; // leading punctuation
                }
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                if (pendingSpace) {
                    out[n++] = ' ';
                    pendingSpace = false;
                }
                out[n++] = g;
                if (k == ALNUM) {
                    lastAlnumEnd = n;
                }
            }
        }
        return new String(out, 0, lastAlnumEnd);
    }
}
