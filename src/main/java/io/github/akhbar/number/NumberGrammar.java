package io.github.akhbar.number;

import io.github.akhbar.internal.FoldedText;
import io.github.akhbar.number.ContextWords.Kind;
import io.github.akhbar.number.NumberWords.Entry;
import io.github.akhbar.number.NumberWords.Role;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The Arabic number grammar: a tokenizer over folded text, the reading of one number-word
 * component, the context tests both parsers share, and the scan that runs the two small
 * table-driven parsers ({@link OrdinalParser} first, then {@link CardinalParser}) left to right
 * so that a word never belongs to both (in "لويس السادس عشر" the عشر is part of the ordinal,
 * not the number 10).
 *
 * <p>Not API. Cost is linear in the text: each token is looked up at most a few times in an
 * allocation-free hash table.
 */
final class NumberGrammar {

    static final char WAW = '\u0648';
    static final char FEH = '\u0641';
    static final char BEH = '\u0628';
    static final char LAM = '\u0644';
    static final char KAF = '\u0643';
    static final char ALEF = '\u0627';
    static final char HEH = '\u0647';
    static final char YEH = '\u064A';
    static final char REH = '\u0631';
    static final char PERCENT_ARABIC = '\u066A';
    static final char MINUS_SIGN = '\u2212';

    static final String ARTICLE = "\u0627\u0644";
    /** في (folded). */
    static final String FI = "\u0641\u064A";
    /** المائة، المئة، الماية (folded). */
    private static final String[] HUNDRED_FORMS = {"\u0627\u0644\u0645\u0627\u0626\u0647",
        "\u0627\u0644\u0645\u0626\u0647", "\u0627\u0644\u0645\u0627\u064A\u0647"};
    /** بالمائة، بالمئة، بالماية (folded). */
    private static final String[] BI_HUNDRED_FORMS = {"\u0628\u0627\u0644\u0645\u0627\u0626\u0647",
        "\u0628\u0627\u0644\u0645\u0626\u0647", "\u0628\u0627\u0644\u0645\u0627\u064A\u0647"};
    /** Tokens that are only an article before digits: ال، وال، بال، فال، كال، لل، ولل، وبال. */
    private static final String[] ARTICLE_TOKENS = {ARTICLE, "\u0648\u0627\u0644", "\u0628\u0627\u0644",
        "\u0641\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644", "\u0648\u0644\u0644", "\u0648\u0628\u0627\u0644"};

    static final byte WORD = 1;
    static final byte DIGITS = 2;
    static final byte OTHER = 3;
    /** A clock time "16:45" or "9:05:30": its digits are never numbers. */
    static final byte TIME = 4;

    /** A cardinal found in the view: folded [start, end), value, kind, percent flag. */
    record Cardinal(int start, int end, BigDecimal value, NumberMention.Kind kind, boolean percent) {
    }

    /** An ordinal found in the view: folded [start, end), value, gender, definiteness. */
    record Ordinal(int start, int end, long value, OrdinalMention.Gender gender, boolean definite) {
    }

    /** Both kinds of mention found by one scan, in folded coordinates. */
    record Result(FoldedText folded, List<Cardinal> cardinals, List<Ordinal> ordinals) {
    }

    final String view;
    final String f;
    final FoldedText ft;
    int count;
    int[] ts;
    int[] te;
    byte[] kind;

    private NumberGrammar(String view) {
        this.view = view;
        this.ft = FoldedText.of(view);
        this.f = ft.folded();
        int cap = Math.max(16, f.length() / 4);
        ts = new int[cap];
        te = new int[cap];
        kind = new byte[cap];
    }

    /**
     * Scans {@code view} for cardinals and ordinals.
     *
     * @param view the text to scan
     * @return what was found
     */
    static Result scan(String view) {
        NumberGrammar g = new NumberGrammar(view);
        g.tokenize();
        OrdinalParser ordinals = new OrdinalParser(g);
        CardinalParser cardinals = new CardinalParser(g);
        int t = 0;
        while (t < g.count) {
            if (g.kind[t] == DIGITS || g.kind[t] == WORD && NumberWords.mayMatch(g.f, g.ts[t], g.te[t])) {
                int next = ordinals.parse(t);
                if (next < 0) {
                    next = cardinals.parse(t);
                }
                t = next < 0 ? t + 1 : next;
            } else {
                t++;
            }
        }
        return new Result(g.ft, cardinals.found(), ordinals.found());
    }

    // ---------------------------------------------------------------- tokens

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void add(int s, int e, byte k) {
        if (count == ts.length) {
            int cap = count * 2;
            ts = Arrays.copyOf(ts, cap);
            te = Arrays.copyOf(te, cap);
            kind = Arrays.copyOf(kind, cap);
        }
        ts[count] = s;
        te[count] = e;
        kind[count] = k;
        count++;
    }

    private void tokenize() {
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (isArabicLetter(c)) {
                int s = i;
                while (i < n && isArabicLetter(f.charAt(i))) {
                    i++;
                }
                add(s, i, WORD);
            } else if (isDigit(c)) {
                int s = i;
                i = digitRunEnd(s);
                int time = timeEnd(s, i);
                if (time > 0) {
                    add(s, time, TIME);
                    i = time;
                } else {
                    add(s, i, DIGITS);
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else {
                add(i, i + 1, OTHER);
                i++;
            }
        }
    }

    /** End of the digit run starting at s: digits with . , between digits, group spaces, or "6ر23". */
    private int digitRunEnd(int s) {
        int n = f.length();
        int i = s;
        while (i < n) {
            char d = f.charAt(i);
            if (isDigit(d)) {
                i++;
            } else if ((d == '.' || d == ',') && i + 1 < n && isDigit(f.charAt(i + 1))) {
                i++;
            } else if (d == ' ' && isGroupSpace(i) && threeDigitsAt(i + 1)) {
                i++;
            } else if (d == REH && i + 1 < n && isDigit(f.charAt(i + 1)) && plainDigits(s, i)) {
                // Egyptian press decimal "6ر23" (= 23.6): digits, reh, digits, nothing between
                i++;
                while (i < n && isDigit(f.charAt(i))) {
                    i++;
                }
                return i;
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * End of a clock time "H:MM" or "H:MM:SS" whose hour is the plain digit run [s, e) (hour 0-23,
     * minutes and seconds 00-59, two digits each), or 0 when there is none.
     */
    private int timeEnd(int s, int e) {
        int n = f.length();
        if (e - s > 2 || e >= n || f.charAt(e) != ':' || !plainDigits(s, e) || Integer.parseInt(f, s, e, 10) > 23
                || !sixtyAt(e + 1)) {
            return 0;
        }
        int end = e + 3;
        if (end < n && f.charAt(end) == ':' && sixtyAt(end + 1)) {
            end += 3;
        }
        return end < n && f.charAt(end) == ':' && end + 1 < n && isDigit(f.charAt(end + 1)) ? 0 : end;
    }

    /** Exactly two digits 00-59 at i, not followed by a third. */
    private boolean sixtyAt(int i) {
        int n = f.length();
        return i + 2 <= n && f.charAt(i) >= '0' && f.charAt(i) <= '5' && isDigit(f.charAt(i + 1))
                && (i + 2 == n || !isDigit(f.charAt(i + 2)));
    }

    boolean plainDigits(int s, int e) {
        for (int i = s; i < e; i++) {
            if (!isDigit(f.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A space inside a digit run groups thousands only when it is a no-break or thin space. */
    private boolean isGroupSpace(int i) {
        char o = original(i);
        return o == '\u00A0' || o == '\u202F' || o == '\u2009' || o == '\u2007';
    }

    /** The view character that folded position i came from. */
    char original(int i) {
        return view.charAt(ft.sourceStart(i));
    }

    private boolean threeDigitsAt(int i) {
        int n = f.length();
        return i + 3 <= n && isDigit(f.charAt(i)) && isDigit(f.charAt(i + 1)) && isDigit(f.charAt(i + 2))
                && (i + 3 == n || !isDigit(f.charAt(i + 3)));
    }

    /** True when only spaces or tabs separate token a from token b (b = a + 1). */
    boolean spaceGap(int a, int b) {
        for (int i = te[a]; i < ts[b]; i++) {
            char c = f.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Token t exists, is a word, and is separated from t - 1 by spaces only. */
    boolean wordAfter(int t) {
        return t > 0 && t < count && kind[t] == WORD && spaceGap(t - 1, t);
    }

    boolean wordIs(int t, String w) {
        return kind[t] == WORD && te[t] - ts[t] == w.length() && f.startsWith(w, ts[t]);
    }

    private boolean wordIn(int t, String[] words) {
        for (String w : words) {
            if (wordIs(t, w)) {
                return true;
            }
        }
        return false;
    }

    boolean wordIsAt(int s, int e, String w) {
        return e - s == w.length() && f.startsWith(w, s);
    }

    /** Token t is a context word of this kind, bare or after one or two clitics (و، ف + ب، ل، ك). */
    boolean contextWord(int t, Kind k) {
        if (t < 0 || t >= count || kind[t] != WORD) {
            return false;
        }
        int s = ts[t];
        int e = te[t];
        if (ContextWords.is(f, s, e, k)) {
            return true;
        }
        for (int i = 0; i < 2 && e - s > 3; i++) {
            char c = f.charAt(s);
            if (c != WAW && c != FEH && c != BEH && c != LAM && c != KAF) {
                return false;
            }
            s++;
            if (ContextWords.is(f, s, e, k)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- context shared by both parsers

    /** Index in token t where the article of "الـ92" starts, or -1 when the token is no article. */
    int articleStart(int t) {
        if (kind[t] != WORD) {
            return -1;
        }
        for (String a : ARTICLE_TOKENS) {
            if (wordIs(t, a)) {
                return a.endsWith(ARTICLE) ? te[t] - 2 : te[t] - 1;
            }
        }
        return -1;
    }

    /**
     * "الـ92": an article directly before plain non-zero digits (a tatweel or a space may sit
     * between) is an ordinal, unless a counted noun follows ("الـ24 ساعة" is the 24 hours), or a
     * group head or a definite plural counting noun precedes ("مجموعة الـ77" is the G77, "الأيام
     * الـ30" are 30 days).
     */
    boolean digitOrdinalAt(int d) {
        int t = d - 1;
        if (t < 0 || kind[d] != DIGITS || articleStart(t) < 0 || !spaceGap(t, d) || te[d] - ts[d] > 9
                || !plainDigits(ts[d], te[d])) {
            return false;
        }
        boolean nonZero = false;
        for (int i = ts[d]; i < te[d]; i++) {
            nonZero |= f.charAt(i) != '0';
        }
        return nonZero && !groupHeadBefore(t) && !pluralHeadBefore(t) && !countedNounAfter(d);
    }

    /**
     * A definite noun directly before token t, which a cardinal-looking ordinal (العشرين،
     * المائة، الألف) needs: "الدورة العشرين" is the 20th session, while "في العشرين من عمره",
     * "نحو المائتي كتاب" and "ربح المليون" count. Definite: the article after up to two
     * clitics (الدورة، بالدورة، للدورة), not a function word (الذي، إلى); with {@code pronoun}
     * also a noun with a possessive suffix written ه، ها، هم (دورته، نسختها).
     */
    boolean definiteHeadBefore(int t, boolean pronoun) {
        if (!wordAfter(t) || kind[t - 1] != WORD) {
            return false;
        }
        int p = t - 1;
        int s = ts[p];
        int e = te[p];
        if (contextWord(p, Kind.FUNCTION_WORD)) {
            return false;
        }
        for (int k = 0; k < 3 && e - s >= 3; k++) {
            if (f.charAt(s) == ALEF && f.charAt(s + 1) == LAM && original(s) != '\u0623' && original(s) != '\u0625'
                    || k > 0 && f.charAt(s) == LAM && f.charAt(s - 1) == LAM) {
                return true;
            }
            char c = f.charAt(s);
            if (c != WAW && c != FEH && c != BEH && c != KAF && c != LAM) {
                break;
            }
            s++;
        }
        if (!pronoun || te[p] - ts[p] < 3) {
            return false;
        }
        char last = original(e - 1);
        return last == HEH || f.charAt(e - 2) == HEH && original(e - 2) == HEH && (f.charAt(e - 1) == ALEF
                || f.charAt(e - 1) == '\u0645');
    }

    /** "السنوات الثلاثين", "الأيام الـ30": a definite plural counting noun before token t. */
    boolean pluralHeadBefore(int t) {
        if (!wordAfter(t) || kind[t - 1] != WORD) {
            return false;
        }
        int s = ts[t - 1];
        int e = te[t - 1];
        for (int k = 0; k < 3 && e - s >= 4; k++) {
            if (f.charAt(s) == ALEF && f.charAt(s + 1) == LAM) {
                return ContextWords.is(f, s + 2, e, Kind.PLURAL_HEAD);
            }
            if (k > 0 && f.charAt(s) == LAM && f.charAt(s - 1) == LAM) {
                return ContextWords.is(f, s + 1, e, Kind.PLURAL_HEAD);
            }
            s++;
        }
        return false;
    }

    /** Token t carries a preposition clitic ب، ل، ك (after an optional و/ف): "بالعشرين" is no rank. */
    boolean prepositionClitic(int t, int coreStart) {
        for (int i = ts[t]; i < coreStart; i++) {
            char c = f.charAt(i);
            if (c == BEH || c == KAF || c == LAM) {
                return true;
            }
        }
        return false;
    }

    /** "مجموعة"/"لمجموعة"/"قمة" directly before token t: the number names a group. */
    boolean groupHeadBefore(int t) {
        return wordAfter(t) && contextWord(t - 1, Kind.GROUP_HEAD);
    }

    /**
     * A counted noun after token t: a percent sign, a number word, a counting noun of the table
     * or an indefinite noun in the accusative (عاما، شخصا), but no article, pronoun form or particle.
     */
    boolean countedNounAfter(int t) {
        int u = t + 1;
        if (u >= count || !spaceGap(t, u)) {
            return false;
        }
        if (kind[u] == OTHER) {
            char p = f.charAt(ts[u]);
            return p == '%' || p == PERCENT_ARABIC;
        }
        if (kind[u] != WORD) {
            return false;
        }
        int s = ts[u];
        int e = te[u];
        Entry[] es = NumberWords.lookup(f, s, e);
        if (es != null) {
            return es[0].role() != Role.ZERO;
        }
        if (e - s < 2) {
            return false;
        }
        for (String a : ARTICLE_TOKENS) {
            if (f.startsWith(a, s)) {
                return false;
            }
        }
        if (ContextWords.is(f, s, e, Kind.COUNTED_NOUN)) {
            return true;
        }
        char c0 = f.charAt(s);
        // an accusative indefinite noun ends in alef (عاما، شخصا); a pronoun suffix ها does not count
        return e - s >= 3 && f.charAt(e - 1) == ALEF && f.charAt(e - 2) != HEH && c0 != WAW && c0 != FEH
                && !ContextWords.is(f, s, e, Kind.PARTICLE);
    }

    /** A fraction word directly before token t: "ثلثا المليون" is two thirds of the million. */
    boolean fractionBefore(int t) {
        if (!wordAfter(t) || kind[t - 1] != WORD) {
            return false;
        }
        Entry[] es = NumberWords.lookup(f, ts[t - 1], te[t - 1]);
        if (es != null) {
            for (Entry e : es) {
                Role r = e.role();
                if (r == Role.FRACTION || r == Role.FRACTION_DUAL || r == Role.FRACTION_PLURAL) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last token of a percent phrase right after token t (%، ٪، في المائة، بالمائة), or -1. */
    int percentEnd(int t) {
        int p = t + 1;
        if (p >= count || !spaceGap(t, p)) {
            return -1;
        }
        if (kind[p] == OTHER) {
            char c = f.charAt(ts[p]);
            return c == '%' || c == PERCENT_ARABIC ? p : -1;
        }
        if (wordIn(p, BI_HUNDRED_FORMS)) {
            return p;
        }
        return wordIs(p, FI) && wordAfter(p + 1) && wordIn(p + 1, HUNDRED_FORMS) ? p + 1 : -1;
    }

    /** Token t is the hundred word of a percent phrase ("في المائة", "بالمئة"), never an ordinal. */
    boolean percentHundred(int t) {
        return wordIn(t, BI_HUNDRED_FORMS) || wordIn(t, HUNDRED_FORMS) && wordAfter(t) && wordIs(t - 1, FI);
    }

    // ---------------------------------------------------------------- components

    /** One component of a compound: a number word (with its connector) or a digit run. */
    static final class Comp {
        Entry[] entries;
        boolean numeral;
        boolean conj;
        boolean definite;
        int coreStart;
        int tok;

        Entry get(Role role) {
            if (entries != null) {
                for (Entry e : entries) {
                    if (e.role() == role) {
                        return e;
                    }
                }
            }
            return null;
        }

        boolean has(Role role) {
            return get(role) != null;
        }

        Entry unit(int min, int max) {
            Entry e = get(Role.UNIT);
            return e != null && e.value() >= min && e.value() <= max ? e : null;
        }
    }

    /**
     * Reads the component starting at token t into c. A lone "و" token joins the next token; an
     * attached و is a connector when the rest is a number word; the first component may also
     * carry ب، ل، ف، ك. When {@code definite} is set, an article ال (after any clitic) is accepted
     * and reported. {@code prev} is the token before (spaces only between), or -1.
     */
    boolean comp(int t, int prev, boolean first, boolean definite, Comp c) {
        if (t >= count || prev >= 0 && !spaceGap(prev, t)) {
            return false;
        }
        c.entries = null;
        c.numeral = false;
        c.conj = false;
        c.definite = false;
        c.tok = t;
        c.coreStart = ts[t];
        if (kind[t] == DIGITS) {
            c.numeral = true;
            return !definite;
        }
        if (kind[t] != WORD) {
            return false;
        }
        int s = ts[t];
        int e = te[t];
        if (e - s == 1 && f.charAt(s) == WAW) {
            if (t + 1 < count && spaceGap(t, t + 1) && kind[t + 1] != OTHER && kind[t + 1] != TIME
                    && !(kind[t + 1] == WORD && te[t + 1] - ts[t + 1] == 1)) {
                boolean ok = comp(t + 1, -1, true, definite, c);
                c.conj = true;
                return ok;
            }
            return false;
        }
        char c0 = f.charAt(s);
        if (c0 == WAW && e - s >= 4 && preferConjunction(t, s, e, first) && readWord(s + 1, e, c, definite)) {
            c.conj = true;
            return true;
        }
        if (readWord(s, e, c, definite)) {
            return true;
        }
        if (c0 == WAW && readWord(s + 1, e, c, definite)) {
            c.conj = true;
            return true;
        }
        if (first || definite) {
            if ((c0 == BEH || c0 == LAM || c0 == FEH || c0 == KAF) && e - s >= 4 && readWord(s + 1, e, c, definite)) {
                return true;
            }
            if ((c0 == WAW || c0 == FEH) && e - s >= 5) {
                char c1 = f.charAt(s + 1);
                if ((c1 == BEH || c1 == LAM || c1 == KAF) && readWord(s + 2, e, c, definite)) {
                    c.conj = c0 == WAW;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Folding merges "وأحد" (and one) with "واحد" (one). Inside a compound a connector is needed
     * anyway, so the و reading wins there; at the start it wins only before عشر/عشرة ("وأحد عشر").
     */
    private boolean preferConjunction(int t, int s, int e, boolean first) {
        if (NumberWords.lookup(f, s + 1, e) == null) {
            return false;
        }
        if (!first) {
            return true;
        }
        char written = original(s + 1);
        if (NumberWords.lookup(f, s, e) == null || written == '\u0623' || written == '\u0625') {
            // the original keeps the hamza: "وأحد" is و + أحد, never واحد
            return true;
        }
        if (t + 1 < count && spaceGap(t, t + 1)) {
            Entry[] next = NumberWords.lookup(f, ts[t + 1], te[t + 1]);
            if (next != null) {
                for (Entry x : next) {
                    if (x.role() == Role.UNIT && x.value() == 10) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Looks up [s, e), optionally after an article; "لل" after a clitic ل is ل + ال with the alef elided. */
    private boolean readWord(int s, int e, Comp c, boolean definite) {
        Entry[] es = NumberWords.lookup(f, s, e);
        if (es != null) {
            c.entries = es;
            c.coreStart = s;
            c.definite = false;
            return true;
        }
        if (definite && e - s > 3) {
            int core = -1;
            if (f.charAt(s) == ALEF && f.charAt(s + 1) == LAM) {
                core = s + 2;
            } else if (s > ts[c.tok] && f.charAt(s - 1) == LAM && f.charAt(s) == LAM) {
                core = s + 1;
            }
            es = core < 0 ? null : NumberWords.lookup(f, core, e);
            if (es != null) {
                c.entries = es;
                c.coreStart = s;
                c.definite = true;
                return true;
            }
        }
        return false;
    }
}
