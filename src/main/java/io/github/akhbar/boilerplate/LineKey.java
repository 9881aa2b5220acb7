package io.github.akhbar.boilerplate;

import io.github.akhbar.internal.MatchFold;

/**
 * The key a line is matched by, and the only form cues and lexicon entries are compared in. Not
 * API.
 *
 * <ul>
 *   <li>every unit folded with {@link MatchFold} (alef/hamza forms, U+0649, U+0629, harakat and
 *       tatweel dropped, digits to ASCII, presentation forms expanded, ASCII lower-cased);</li>
 *   <li>Latin-1 capitals (U+00C0–U+00DE) lower-cased too, so French cues match "À lire aussi";</li>
 *   <li>dashes unified: U+2010–U+2015 and U+2212 become {@code -}; a run of tatweel or
 *       underscores that touches a space or an end of the line is a dash too ("كتب ـ فلان",
 *       "القاهرة _أ ش أ"), while tatweel inside a word is elongation and dropped ("كتـــب");</li>
 *   <li>leading and trailing characters that are neither letters nor digits stripped, inner
 *       whitespace runs collapsed to one space.</li>
 * </ul>
 *
 * <p>The per-character fold is copied once from {@link MatchFold#fold} into a table (one call per
 * UTF-16 unit, about 10 ms at first use), so keys are built in a single pass.
 */
final class LineKey {

    private static final char DROP = '\uFFFF';
    private static final char EXPAND = '\uFFFE';
    private static final char TATWEEL = '\u0640';
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
                CLASS[c] = Character.isLetterOrDigit(ch) ? ALNUM : isSpace(ch) ? SPACE : OTHER;
                // "A" forces MatchFold's slow path, which drops U+FFFF like inside any folded text
                String f = MatchFold.fold("A" + ch).substring(1);
                if (f.isEmpty()) {
                    FOLD[c] = DROP;
                } else if (f.length() == 1 && f.charAt(0) != DROP && f.charAt(0) != EXPAND) {
                    FOLD[c] = extra(f.charAt(0));
                } else {
                    FOLD[c] = EXPAND;
                    StringBuilder sb = new StringBuilder(f.length());
                    for (int k = 0; k < f.length(); k++) {
                        sb.append(extra(f.charAt(k)));
                    }
                    EXPANSION[c] = sb.toString();
                }
            }
        }
    }

    /** The folds added on top of {@link MatchFold}: Latin-1 capitals and dashes. */
    static char extra(char c) {
        if (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7') {
            return (char) (c + 0x20);
        }
        if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
            return '-';
        }
        return c;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Tatweel and underscore runs may stand for a dash; see the class comment. */
    static boolean dashLike(char c) {
        return c == TATWEEL || c == '_';
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
            String x = null;
            char f;
            if (dashLike(c)) {
                int runStart = i;
                int j = i;
                while (j + 1 < end && line.charAt(j + 1) == c) {
                    j++;
                }
                boolean dash = runStart == start || j + 1 == end || isSpace(line.charAt(runStart - 1))
                        || isSpace(line.charAt(j + 1));
                i = j;
                if (dash) {
                    f = '-';
                } else if (c == '_') {
                    x = line.substring(runStart, j + 1); // an inner underscore run stays as written
                    f = EXPAND;
                } else {
                    continue; // elongation inside a word
                }
            } else {
                f = fold[c];
                if (f == DROP) {
                    continue;
                }
                if (f == EXPAND) {
                    x = Tables.EXPANSION[c];
                }
            }
            int m = x == null ? 1 : x.length();
            for (int k = 0; k < m; k++) {
                char g = x == null ? f : x.charAt(k);
                byte cl = cls[g];
                if (cl == SPACE) {
                    pendingSpace = n > 0;
                    continue;
                }
                if (n == 0 && cl != ALNUM) {
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
                if (cl == ALNUM) {
                    lastAlnumEnd = n;
                }
            }
        }
        return new String(out, 0, lastAlnumEnd);
    }
}
