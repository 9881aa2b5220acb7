package io.github.akhbar.normalize;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-unit lookup table of one fold set, with the normalization loop that reads it. Built
 * once per fold set (see {@link #of(Set)}) and never modified afterwards.
 *
 * <p>{@code map[c] == c} means "leave alone"; otherwise it holds the single replacement unit,
 * or one of three markers: {@link #DROP}, {@link #EXPAND} (see {@link #expansion(char)}) and
 * {@link #SEPARATOR} (an Arabic decimal or thousands separator, folded only between digits).
 * Mapping targets are Arabic letters, ASCII or space, so they never collide with the markers.
 */
final class FoldTable {

    static final char DROP = '\uFFFF';
    static final char EXPAND = '\uFFFE';
    static final char SEPARATOR = '\uFFFD';

    private static final int EXPANSION_BASE = 0xFB50;
    private static final int EXPANSION_END = 0xFF00;

    /** Receives the output of every input unit that did not come out unchanged. */
    interface Edits {
        /**
         * @param index input index (relative to the start of the input range)
         * @param out   the output buffer
         * @param from  first output unit produced for {@code index}
         * @param to    end of the output produced for {@code index}
         */
        void edit(int index, char[] out, int from, int to);
    }

    final char[] map = new char[0x10000];
    private final String[] expansions = new String[EXPANSION_END - EXPANSION_BASE];
    final boolean elongation;
    private final boolean separators;
    /** Whether any unit expands; without PRESENTATION_FORMS none does and growth is always 0. */
    private final boolean expands;

    /** Most fold sets whose tables {@link #of(Set)} keeps; each table holds about 130 KB. */
    static final int CACHE_LIMIT = 32;

    /**
     * Tables already built, by fold-set bit pattern. Building one costs a few milliseconds, and a
     * normalizer is rebuilt on every deserialization (Spark ships processors to every task), so
     * the tables are shared. The cache holds immutable values only and is bounded: past
     * {@link #CACHE_LIMIT} fold sets a table is built and not kept, which changes nothing but the
     * cost. Whether a table comes from here or not is never visible to users.
     */
    private static final ConcurrentHashMap<Integer, FoldTable> CACHE = new ConcurrentHashMap<>();

    /** @return the table of {@code folds}, shared by every normalizer with these folds */
    static FoldTable of(Set<Fold> folds) {
        int key = 0;
        for (Fold f : folds) {
            key |= 1 << f.ordinal();
        }
        FoldTable t = CACHE.get(key);
        if (t != null) {
            return t;
        }
        t = new FoldTable(folds);
        synchronized (CACHE) { // only on a miss: keeps the bound exact under concurrent first builds
            FoldTable raced = CACHE.get(key);
            if (raced != null) {
                return raced;
            }
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(key, t);
            }
        }
        return t;
    }

    /** @return how many tables {@link #of(Set)} keeps now (for tests) */
    static int cachedTables() {
        return CACHE.size();
    }

    private FoldTable(Set<Fold> folds) {
        elongation = folds.contains(Fold.ELONGATION);
        separators = folds.contains(Fold.DIGITS);
        for (int c = 0; c < 0x10000; c++) {
            map[c] = (char) c;
        }
        // every fold's domain lies in these ranges (see the table in Fold)
        for (int[] range : CANDIDATES) {
            for (int c = range[0]; c <= range[1]; c++) {
                fill(c, folds);
            }
        }
        if (separators) {
            map[ArabicChars.DECIMAL_SEPARATOR] = SEPARATOR;
            map[ArabicChars.THOUSANDS_SEPARATOR] = SEPARATOR;
        }
        boolean any = false;
        for (String e : expansions) {
            any |= e != null;
        }
        expands = any;
    }

    /** The only units any fold rewrites lie in these inclusive ranges; a test checks it. */
    static final int[][] CANDIDATES = {
        {0x00A0, 0x00BB}, {0x0600, 0x08FF}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x206F},
        {0x3000, 0x3000}, {0xFB50, 0xFEFF},
    };

    private void fill(int c, Set<Fold> folds) {
        String r = resolve((char) c, folds, 0);
        if (r == null) {
            map[c] = (char) c;
        } else if (r.isEmpty()) {
            map[c] = DROP;
        } else if (r.length() == 1) {
            map[c] = r.charAt(0);
        } else {
            map[c] = EXPAND;
            expansions[c - EXPANSION_BASE] = r;
        }
    }

    /** The full rewrite of {@code c}: the first fold that applies, then every fold on its output. */
    private static String resolve(char c, Set<Fold> folds, int depth) {
        String r = null;
        for (Fold f : folds) {
            r = f.step(c);
            if (r != null) {
                break;
            }
        }
        if (r == null || depth > 4) {
            return r;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < r.length(); k++) {
            char x = r.charAt(k);
            String rx = x == c ? null : resolve(x, folds, depth + 1);
            sb.append(rx == null ? String.valueOf(x) : rx);
        }
        String out = sb.toString();
        return out.equals(String.valueOf(c)) ? null : out;
    }

    String expansion(char c) {
        return expansions[c - EXPANSION_BASE];
    }

    /**
     * Where normalizing {@code [off, off + len)} may first change something, relative to
     * {@code off}, or -1 when it certainly changes nothing. Allocation-free, one table load per
     * unit.
     */
    int firstChange(char[] s, int off, int len) {
        char[] m = map;
        char p1 = 0;
        for (int i = off, start = off, end = off + len; i < end; i++) {
            char c = s[i];
            char f = m[c];
            if (f != c && !(f == SEPARATOR && staysAfter(p1, i == start))) {
                return i - start;
            }
            p1 = c;
        }
        return -1;
    }

    /**
     * {@link #firstChange(char[], int, int)} over a whole {@code String}: the same loop, kept
     * separate so that each call site reads one concrete type (a {@code CharSequence} loop would
     * see every caller's implementation).
     */
    int firstChange(String s) {
        char[] m = map;
        char p1 = 0;
        for (int i = 0, start = 0, end = s.length(); i < end; i++) {
            char c = s.charAt(i);
            char f = m[c];
            if (f != c && !(f == SEPARATOR && staysAfter(p1, i == start))) {
                return i - start;
            }
            p1 = c;
        }
        return -1;
    }

    /**
     * Normalizes {@code buf[off, off + len)} in place (every fold but elongation), given its
     * {@link #firstChange} {@code k} and {@link #growth} {@code g}; {@code buf} must hold
     * {@code off + len + g} units. The unchanged prefix stays where it is; the rest moves right
     * by {@code g} first, so the writer never overtakes the reader.
     *
     * @return the new length
     */
    int normalizeInPlace(char[] buf, int off, int len, int k, int g, Edits edits) {
        if (g > 0) {
            System.arraycopy(buf, off + k, buf, off + k + g, len - k);
        }
        return k + apply(buf, off + k + g, len - k, buf, off + k, off, edits, k);
    }

    /**
     * Whether a separator after raw unit {@code prev} certainly stays as it is: it starts the
     * text, or follows a unit that is kept as itself and is no digit (so the output before it
     * ends in no digit).
     */
    private boolean staysAfter(char prev, boolean atStart) {
        return atStart || (map[prev] == prev && !ArabicChars.isDigit(prev));
    }

    /**
     * The most the output of {@code s[off + k, off + len)} can run ahead of its input at any point
     * (0 without expansions): the room an in-place pass needs after {@code off + len}. Units
     * before {@code off + k} are unchanged and only serve as context.
     */
    int growth(char[] s, int off, int len, int k) {
        if (!expands) {
            return 0;
        }
        char[] m = map;
        int g = 0;
        int max = 0;
        for (int i = off + k, end = off + len; i < end; i++) {
            char c = s[i];
            char f = m[c];
            if (f == c) {
                continue;
            }
            if (f == EXPAND) {
                g += expansion(c).length() - 1;
                if (g > max) {
                    max = g;
                }
            } else if (f == DROP && !(i > off && Character.isHighSurrogate(s[i - 1]) && lowAfterDrops(s, i + 1, end))) {
                g--;
            }
        }
        return max;
    }

    /**
     * Whether the first unit from {@code from} that is not dropped is a low surrogate: then a
     * drop right after a high surrogate would join the two into a pair, so the unit stays. Only
     * the first drop of a chain needs the check: once it stays, the output no longer ends in a
     * surrogate.
     */
    private boolean lowAfterDrops(char[] s, int from, int end) {
        int j = from;
        while (j < end && map[s[j]] == DROP && s[j] != DROP) {
            j++;
        }
        return j < end && Character.isLowSurrogate(s[j]);
    }

    /**
     * Normalizes {@code src[srcOff, srcOff + len)} into {@code dst} from {@code dstOff}. The two
     * may be the same array when {@code srcOff >= dstOff + growth}: the writer then never
     * overtakes the reader. O(len). Output before {@code dstOff}, back to {@code ctxStart}, is
     * the context that separators look back at; edits are reported at {@code indexBase} plus the
     * input index. Elongation is not applied here: it runs on the output (see {@link Runs}).
     *
     * @return the output length
     */
    int apply(char[] src, int srcOff, int len, char[] dst, int dstOff, int ctxStart, Edits edits, int indexBase) {
        final char[] m = map;
        final int end = srcOff + len;
        int w = dstOff;
        for (int r = srcOff; r < end; r++) {
            char c = src[r];
            char f = m[c];
            if (f == c) {
                dst[w++] = c;
                continue;
            }
            int w0 = w;
            if (f == EXPAND) {
                String e = expansion(c);
                for (int k = 0, n = e.length(); k < n; k++) {
                    dst[w++] = e.charAt(k);
                }
            } else if (f == SEPARATOR) {
                char sep = separator(src, r, end, dst, ctxStart, w, c);
                dst[w++] = sep;
            } else if (f != DROP) {
                dst[w++] = f;
            } else if (w > ctxStart && Character.isHighSurrogate(dst[w - 1]) && lowAfterDrops(src, r + 1, end)) {
                dst[w++] = c; // removing it would join two lone surrogates into a pair
            }
            if (edits != null && !(w == w0 + 1 && dst[w0] == c)) {
                edits.edit(r - srcOff + indexBase, dst, w0, w);
            }
        }
        return w - dstOff;
    }

    private char separator(char[] src, int r, int end, char[] dst, int ctxStart, int w, char c) {
        if (w == ctxStart) {
            return c;
        }
        char prev = dst[w - 1];
        if (prev < '0' || prev > '9') {
            return c;
        }
        for (int j = r + 1; j < end; j++) {
            char f = map[src[j]];
            if (f != src[j] && f == DROP) {
                continue;
            }
            if (ArabicChars.isDigit(src[j])) {
                return c == ArabicChars.DECIMAL_SEPARATOR ? '.' : ',';
            }
            return c;
        }
        return c;
    }
}
