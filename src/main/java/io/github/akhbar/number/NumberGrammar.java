package io.github.akhbar.number;

import io.github.akhbar.internal.FoldedText;
import io.github.akhbar.number.NumberWords.Entry;
import io.github.akhbar.number.NumberWords.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Arabic number grammar: a tokenizer over folded text and two small table-driven parsers,
 * one for cardinals and one for ordinals, sharing one left-to-right scan so that a word never
 * belongs to both (in "لويس السادس عشر" the عشر is part of the ordinal, not the number 10).
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

    private static final String ARTICLE = "\u0627\u0644";
    private static final String FI = "\u0641\u064A";
    private static final Set<String> HUNDRED_FORMS = Set.of("\u0627\u0644\u0645\u0627\u0626\u0647",
            "\u0627\u0644\u0645\u0626\u0647", "\u0627\u0644\u0645\u0627\u064A\u0647");
    private static final Set<String> BI_HUNDRED_FORMS = Set.of("\u0628\u0627\u0644\u0645\u0627\u0626\u0647",
            "\u0628\u0627\u0644\u0645\u0626\u0647", "\u0628\u0627\u0644\u0645\u0627\u064A\u0647");
    /** Month names whose second word is an ordinal the date step owns: تشرين، كانون، ربيع، جمادى. */
    private static final Set<String> MONTH_HEADS = Set.of("\u062A\u0634\u0631\u064A\u0646",
            "\u0643\u0627\u0646\u0648\u0646", "\u0631\u0628\u064A\u0639", "\u062C\u0645\u0627\u062F\u064A");
    /** مجموعة (folded): "مجموعة العشرين" is the G20, not the twentieth. */
    private static final String GROUP = "\u0645\u062C\u0645\u0648\u0639\u0647";
    /** أكسيد (folded): "ثاني أكسيد الكربون" is carbon dioxide. */
    private static final String OXIDE = "\u0627\u0643\u0633\u064A\u062F";
    /** ثانية (folded): alone and indefinite it is "a second" of time. */
    private static final String SECOND_F = "\u062B\u0627\u0646\u064A\u0647";

    /** Counting nouns that make "الـ24 ساعة" a definite cardinal rather than an ordinal. */
    private static final Set<String> COUNT_NOUNS = Set.of(
            "\u0633\u0627\u0639\u0647", "\u0633\u0627\u0639\u0627\u062A", "\u064A\u0648\u0645",
            "\u0627\u064A\u0627\u0645", "\u0627\u0633\u0628\u0648\u0639", "\u0627\u0633\u0627\u0628\u064A\u0639",
            "\u0634\u0647\u0631", "\u0627\u0634\u0647\u0631", "\u0634\u0647\u0648\u0631", "\u0633\u0646\u0647",
            "\u0633\u0646\u0648\u0627\u062A", "\u0639\u0627\u0645", "\u0627\u0639\u0648\u0627\u0645",
            "\u062F\u0642\u064A\u0642\u0647", "\u062F\u0642\u0627\u0626\u0642", "\u062B\u0627\u0646\u064A\u0647",
            "\u062B\u0648\u0627\u0646", "\u0645\u0631\u0647", "\u0645\u0631\u0627\u062A", "\u0634\u062E\u0635",
            "\u062F\u0648\u0644\u0647", "\u062F\u0648\u0644", "\u0643\u064A\u0644\u0648\u0645\u062A\u0631",
            "\u0645\u062A\u0631", "\u062F\u0631\u0647\u0645", "\u062F\u0648\u0644\u0627\u0631",
            "\u0645\u0644\u064A\u0648\u0646", "\u0645\u0644\u064A\u0627\u0631", "\u0627\u0644\u0641");
    /** Particles ending in alef that never are a counted noun (هذا، كما، إذا، لها، بها …). */
    private static final Set<String> STOP_WORDS = Set.of("\u0647\u0630\u0627", "\u0643\u0645\u0627",
            "\u0627\u0630\u0627", "\u0644\u0647\u0627", "\u0628\u0647\u0627", "\u0641\u064A\u0647\u0627",
            "\u0645\u0646\u0647\u0627", "\u0639\u0644\u064A\u0647\u0627", "\u0627\u0645\u0627", "\u0644\u0645\u0627",
            "\u0639\u0646\u0647\u0627", "\u0627\u064A\u0636\u0627", "\u0628\u064A\u0646\u0645\u0627");

    private static final byte WORD = 1;
    private static final byte DIGITS = 2;
    private static final byte OTHER = 3;

    /** A cardinal found in the view: folded [start, end), value, kind, percent flag. */
    record Cardinal(int start, int end, BigDecimal value, NumberMention.Kind kind, boolean percent) {
    }

    /** An ordinal found in the view: folded [start, end), value, gender, definiteness. */
    record Ordinal(int start, int end, long value, OrdinalMention.Gender gender, boolean definite) {
    }

    /** Both kinds of mention found by one scan, in folded coordinates. */
    record Result(FoldedText folded, List<Cardinal> cardinals, List<Ordinal> ordinals) {
    }

    private final String view;
    private final String f;
    private final FoldedText ft;
    private int count;
    private int[] ts;
    private int[] te;
    private byte[] kind;

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
     * @param cardinals whether to collect cardinals
     * @param ordinals whether to collect ordinals
     * @return what was found
     */
    static Result scan(String view, boolean cardinals, boolean ordinals) {
        NumberGrammar g = new NumberGrammar(view);
        g.tokenize();
        List<Cardinal> cs = new ArrayList<>();
        List<Ordinal> os = new ArrayList<>();
        Comp c = new Comp();
        int t = 0;
        while (t < g.count) {
            if (g.kind[t] == OTHER || g.kind[t] == WORD && !NumberWords.mayMatch(g.f, g.ts[t], g.te[t])) {
                t++;
                continue;
            }
            Ordinal o = g.ordinalAt(t, c);
            if (o != null) {
                if (ordinals) {
                    os.add(o);
                }
                t = c.tok + 1;
                continue;
            }
            Cardinal k = g.cardinalAt(t, c);
            if (k != null) {
                if (cardinals) {
                    cs.add(k);
                }
                t = c.tok + 1;
                continue;
            }
            t++;
        }
        return new Result(g.ft, cs, os);
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
            ts = java.util.Arrays.copyOf(ts, cap);
            te = java.util.Arrays.copyOf(te, cap);
            kind = java.util.Arrays.copyOf(kind, cap);
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
                        break;
                    } else {
                        break;
                    }
                }
                add(s, i, DIGITS);
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else {
                add(i, i + 1, OTHER);
                i++;
            }
        }
    }

    private boolean plainDigits(int s, int e) {
        for (int i = s; i < e; i++) {
            if (!isDigit(f.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A space inside a digit run groups thousands only when it is a no-break or thin space. */
    private boolean isGroupSpace(int i) {
        char o = view.charAt(ft.sourceStart(i));
        return o == '\u00A0' || o == '\u202F' || o == '\u2009' || o == '\u2007';
    }

    private boolean threeDigitsAt(int i) {
        int n = f.length();
        return i + 3 <= n && isDigit(f.charAt(i)) && isDigit(f.charAt(i + 1)) && isDigit(f.charAt(i + 2))
                && (i + 3 == n || !isDigit(f.charAt(i + 3)));
    }

    /** True when only spaces or tabs separate token a from token b (b = a + 1). */
    private boolean spaceGap(int a, int b) {
        for (int i = te[a]; i < ts[b]; i++) {
            char c = f.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean wordIs(int t, String w) {
        return kind[t] == WORD && te[t] - ts[t] == w.length() && f.startsWith(w, ts[t]);
    }

    private boolean wordIn(int t, Set<String> set) {
        return kind[t] == WORD && te[t] - ts[t] <= 12 && set.contains(f.substring(ts[t], te[t]));
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

        Entry unit(int min, int max) {
            Entry e = get(Role.UNIT);
            return e != null && e.value() >= min && e.value() <= max ? e : null;
        }
    }

    /**
     * Reads the component starting at token t. A lone "و" token joins the next token; an attached
     * و is a connector when the rest is a number word; the first component may also carry ب، ل، ف.
     * When {@code definite} is set, an article ال (after any clitic) is accepted and reported.
     */
    private boolean comp(int t, int prev, boolean first, boolean definite, Comp c) {
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
            if (t + 1 < count && spaceGap(t, t + 1) && kind[t + 1] != OTHER
                    && !(kind[t + 1] == WORD && te[t + 1] - ts[t + 1] == 1)) {
                boolean ok = comp(t + 1, -1, true, definite, c);
                c.conj = true;
                return ok;
            }
            return false;
        }
        char c0 = f.charAt(s);
        if (c0 == WAW && e - s >= 4 && preferConjunction(t, s, e, first)) {
            if (readWord(s + 1, e, c, definite)) {
                c.conj = true;
                return true;
            }
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
        Entry[] rest = NumberWords.lookup(f, s + 1, e);
        if (rest == null) {
            return false;
        }
        if (!first) {
            return true;
        }
        char written = view.charAt(ft.sourceStart(s + 1));
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
            if (f.charAt(s) == ALEF && f.charAt(s + 1) == LAM) {
                es = NumberWords.lookup(f, s + 2, e);
                if (es != null) {
                    c.entries = es;
                    c.coreStart = s;
                    c.definite = true;
                    return true;
                }
            }
            if (s > ts[c.tok] && f.charAt(s - 1) == LAM && f.charAt(s) == LAM) {
                es = NumberWords.lookup(f, s + 1, e);
                if (es != null) {
                    c.entries = es;
                    c.coreStart = s;
                    c.definite = true;
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- cardinals

    private Cardinal cardinalAt(int t0, Comp c) {
        if (!comp(t0, -1, true, false, c)) {
            return null;
        }
        if (c.numeral && digitOrdinalAt(t0)) {
            c.tok = t0;
            return null;
        }
        int start = c.coreStart;
        boolean signed = false;
        if (c.numeral && ts[t0] > 0) {
            char s = f.charAt(ts[t0] - 1);
            if ((s == '-' || s == '+' || s == MINUS_SIGN) && t0 > 0 && te[t0 - 1] == ts[t0]
                    && (t0 < 2 || te[t0 - 2] < ts[t0 - 1] && kind[t0 - 2] != DIGITS || kind[t0 - 2] == OTHER
                    && f.charAt(ts[t0 - 2]) == '(')) {
                start = ts[t0] - 1;
                signed = s != '+';
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        long lastScale = Long.MAX_VALUE;
        boolean words = false;
        boolean digits = false;
        int endTok = -1;
        int prev = -1;
        boolean first = true;
        int t = t0;
        Comp g = new Comp();
        while (true) {
            Comp x = first ? c : g;
            if (!first && !comp(t, prev, false, false, x)) {
                break;
            }
            if (!first && !x.conj) {
                break;
            }
            Entry frac = first ? x.get(Role.FRACTION) : null;
            if (frac != null) {
                // "نصف مليون", "ربع مليار": a fraction counts a following singular scale
                Comp s = new Comp();
                Entry sc = comp(x.tok + 1, x.tok, false, false, s) && !s.conj ? s.get(Role.SCALE) : null;
                if (sc == null) {
                    break;
                }
                total = BigDecimal.valueOf(sc.value()).divide(BigDecimal.valueOf(frac.value()));
                lastScale = sc.value();
                words = true;
                endTok = s.tok;
                prev = s.tok;
                t = s.tok + 1;
                first = false;
                continue;
            }
            if (!first && x.get(Role.FRACTION) != null) {
                // "مليون ونصف" = 1.5 million, "ثلاثة ونصف" = 3.5: the fraction is of the last unit
                long unit = lastScale == Long.MAX_VALUE ? 1 : lastScale;
                total = total.add(BigDecimal.valueOf(unit).divide(BigDecimal.valueOf(x.get(Role.FRACTION).value())));
                endTok = x.tok;
                break;
            }
            Entry dual = x.get(Role.SCALE_DUAL);
            if (dual == null && !x.numeral) {
                Entry single = x.get(Role.SCALE);
                if (single != null && single.value() < lastScale && groupStarter(x) == null) {
                    total = total.add(BigDecimal.valueOf(single.value()));
                    lastScale = single.value();
                    words = true;
                    endTok = x.tok;
                    prev = x.tok;
                    t = x.tok + 1;
                    first = false;
                    continue;
                }
            }
            if (dual != null) {
                if (dual.value() >= lastScale) {
                    break;
                }
                total = total.add(BigDecimal.valueOf(2 * dual.value()));
                lastScale = dual.value();
                words = true;
                endTok = x.tok;
                prev = x.tok;
                t = x.tok + 1;
                first = false;
                continue;
            }
            Group grp = group(x);
            if (grp == null) {
                break;
            }
            Comp s = new Comp();
            Entry scale = null;
            if (comp(grp.last + 1, grp.last, false, false, s) && !s.conj) {
                scale = s.get(Role.SCALE);
                if (scale == null) {
                    scale = s.get(Role.SCALE_PLURAL);
                }
                if (scale != null && scale.value() >= lastScale) {
                    scale = null;
                }
            }
            BigDecimal gv = grp.numeral ? numeral(x.tok, scale != null) : BigDecimal.valueOf(grp.value);
            if (gv == null) {
                break;
            }
            if (grp.numeral) {
                digits = true;
            } else {
                words = true;
            }
            if (scale != null) {
                total = total.add(gv.multiply(BigDecimal.valueOf(scale.value())));
                lastScale = scale.value();
                words = true;
                endTok = s.tok;
                prev = s.tok;
                t = s.tok + 1;
                first = false;
                continue;
            }
            if (!first && gv.compareTo(BigDecimal.valueOf(lastScale)) >= 0) {
                break;
            }
            total = total.add(gv);
            endTok = grp.last;
            Comp h = new Comp();
            if (comp(grp.last + 1, grp.last, false, false, h) && h.conj && h.get(Role.FRACTION) != null) {
                total = total.add(BigDecimal.ONE.divide(BigDecimal.valueOf(h.get(Role.FRACTION).value())));
                endTok = h.tok;
            }
            break;
        }
        if (endTok < 0) {
            return null;
        }
        if (endTok == t0 && !c.numeral && c.unit(10, 10) != null && t0 > 0 && spaceGap(t0 - 1, t0)
                && teenHeadBefore(t0 - 1)) {
            // "الأحد عشر": the teen lost its head to the article; no number is better than 10
            return null;
        }
        if (signed) {
            total = total.negate();
        }
        int end = te[endTok];
        boolean percent = false;
        int pt = endTok + 1;
        if (pt < count && spaceGap(endTok, pt)) {
            char p = f.charAt(ts[pt]);
            if (kind[pt] == OTHER && (p == '%' || p == PERCENT_ARABIC)) {
                percent = true;
                endTok = pt;
            } else if (wordIn(pt, BI_HUNDRED_FORMS)) {
                percent = true;
                endTok = pt;
            } else if (wordIs(pt, FI) && pt + 1 < count && spaceGap(pt, pt + 1) && wordIn(pt + 1, HUNDRED_FORMS)) {
                percent = true;
                endTok = pt + 1;
            }
            end = te[endTok];
        }
        c.tok = endTok;
        NumberMention.Kind k = words && digits ? NumberMention.Kind.MIXED
                : digits ? NumberMention.Kind.DIGITS : NumberMention.Kind.WORDS;
        return new Cardinal(start, end, total.stripTrailingZeros().scale() < 0
                ? total.setScale(0) : total.stripTrailingZeros(), k, percent);
    }

    private boolean teenHeadBefore(int t) {
        if (kind[t] != WORD) {
            return false;
        }
        int s = f.startsWith(ARTICLE, ts[t]) ? ts[t] + 2 : ts[t];
        Entry[] es = NumberWords.lookup(f, s, te[t]);
        if (es != null) {
            for (Entry e : es) {
                if (e.role() == Role.TEEN_HEAD || e.role() == Role.UNIT && e.value() < 10) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The part of a group that can start it (a count word or digits), or null for a bare scale. */
    private static Object groupStarter(Comp x) {
        if (x.numeral || x.get(Role.UNIT) != null || x.get(Role.TEEN_HEAD) != null || x.get(Role.TENS) != null
                || x.get(Role.HUNDRED) != null || x.get(Role.HUNDREDS) != null) {
            return x;
        }
        return null;
    }

    /** A value below 1000 (or a digit run) and its last token. */
    private record Group(long value, boolean numeral, int last) {
    }

    private Group group(Comp x) {
        if (x.numeral) {
            return new Group(0, true, x.tok);
        }
        long h = -1;
        int last = x.tok;
        Entry e;
        if ((e = x.get(Role.HUNDREDS)) != null) {
            h = e.value();
        } else if (x.get(Role.HUNDRED) != null) {
            h = 100;
        } else if ((e = x.unit(1, 9)) != null) {
            Comp y = new Comp();
            if (comp(x.tok + 1, x.tok, false, false, y) && !y.conj && y.get(Role.HUNDRED) != null) {
                h = e.value() * 100;
                last = y.tok;
            }
        }
        if (h >= 0) {
            Comp y = new Comp();
            if (comp(last + 1, last, false, false, y) && y.conj && !y.numeral) {
                Group sub = sub100(y);
                if (sub != null) {
                    return new Group(h + sub.value, false, sub.last);
                }
            }
            return new Group(h, false, last);
        }
        return sub100(x);
    }

    private Group sub100(Comp x) {
        Entry e;
        Comp y = new Comp();
        boolean hasNext = comp(x.tok + 1, x.tok, false, false, y);
        if ((e = x.get(Role.TEEN_HEAD)) != null || (e = x.unit(3, 9)) != null) {
            if (hasNext && !y.conj && y.unit(10, 10) != null) {
                return new Group(10 + e.value(), false, y.tok);
            }
            if (x.get(Role.TEEN_HEAD) != null && x.unit(1, 10) == null) {
                return null;
            }
        }
        if ((e = x.unit(1, 9)) != null && hasNext && y.conj && y.get(Role.TENS) != null) {
            return new Group(e.value() + y.get(Role.TENS).value(), false, y.tok);
        }
        if ((e = x.unit(1, 10)) != null) {
            return new Group(e.value(), false, x.tok);
        }
        if ((e = x.get(Role.TENS)) != null) {
            return new Group(e.value(), false, x.tok);
        }
        return null;
    }

    /**
     * The value of a digit run. Rules (docs/numbers.md): two different separators → the last is
     * the decimal mark; one separator used twice or more → grouping; one separator used once →
     * grouping when exactly three digits follow, the integer part has one to three digits and is
     * not 0, and no scale word follows ("3.500 درهم" = 3500, "2,5 مليون" = 2.5 million,
     * "1.500 مليار" = 1.5 billion); otherwise decimal. Malformed grouping gives no number.
     */
    BigDecimal numeral(int t, boolean scaleFollows) {
        int s = ts[t];
        int e = te[t];
        int reh = f.indexOf(REH, s);
        if (reh >= 0 && reh < e) {
            return new BigDecimal(f.substring(reh + 1, e) + "." + f.substring(s, reh));
        }
        int seps = 0;
        char firstSep = 0;
        char lastSep = 0;
        boolean mixed = false;
        boolean spaces = false;
        int lastSepAt = -1;
        for (int i = s; i < e; i++) {
            char c = f.charAt(i);
            if (!isDigit(c)) {
                if (c == ' ') {
                    spaces = true;
                } else {
                    if (firstSep == 0) {
                        firstSep = c;
                    } else if (c != firstSep) {
                        mixed = true;
                    }
                    lastSep = c;
                    seps++;
                }
                lastSepAt = i;
            }
        }
        if (lastSepAt < 0) {
            return new BigDecimal(f.substring(s, e));
        }
        char decimal = 0;
        if (mixed) {
            decimal = lastSep;
            if (f.charAt(lastSepAt) != decimal || f.indexOf(decimal, s) != lastSepAt) {
                return null;
            }
        } else if (seps == 1 && f.charAt(lastSepAt) == firstSep) {
            int after = e - lastSepAt - 1;
            int before = lastSepAt - s;
            boolean grouping = !spaces && after == 3 && before <= 3 && f.charAt(s) != '0' && !scaleFollows;
            if (!grouping) {
                decimal = firstSep;
            }
        } else if (seps == 1) {
            return null;
        }
        StringBuilder sb = new StringBuilder(e - s);
        int group = 0;
        boolean firstGroup = true;
        boolean inFraction = false;
        for (int i = s; i < e; i++) {
            char c = f.charAt(i);
            if (isDigit(c)) {
                sb.append(c);
                group++;
            } else if (c == decimal) {
                if (!firstGroup && group != 3) {
                    return null;
                }
                sb.append('.');
                inFraction = true;
                group = 0;
            } else {
                if (inFraction || (firstGroup ? group > 3 : group != 3)) {
                    return null;
                }
                firstGroup = false;
                group = 0;
            }
        }
        if (!inFraction && !firstGroup && group != 3) {
            return null;
        }
        return new BigDecimal(sb.toString());
    }

    // ---------------------------------------------------------------- ordinals

    private static final String[] ARTICLE_TOKENS = {ARTICLE, "\u0648\u0627\u0644", "\u0628\u0627\u0644",
        "\u0641\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644", "\u0648\u0644\u0644", "\u0648\u0628\u0627\u0644"};

    /** Index in the token where the article of "الـ92" starts, or -1 when the token is no article. */
    private int articleStart(int t) {
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
     * "الـ92": an article directly before plain digits (a tatweel or one space may sit between) is
     * an ordinal, unless a counted noun follows ("الـ24 ساعة" is the 24 hours).
     */
    private boolean digitOrdinalAt(int digitsTok) {
        int t = digitsTok - 1;
        if (t < 0 || articleStart(t) < 0 || !spaceGap(t, digitsTok)) {
            return false;
        }
        for (int i = ts[digitsTok]; i < te[digitsTok]; i++) {
            if (!isDigit(f.charAt(i))) {
                return false;
            }
        }
        if (te[digitsTok] - ts[digitsTok] > 9) {
            return false;
        }
        return !countedNounAfter(digitsTok);
    }

    private boolean countedNounAfter(int t) {
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
        if (NumberWords.lookup(f, s, e) != null) {
            return true;
        }
        if (e - s < 2 || f.startsWith(ARTICLE, s) || articleStart(u) >= 0) {
            return false;
        }
        for (String a : ARTICLE_TOKENS) {
            if (f.startsWith(a, s)) {
                return false;
            }
        }
        Entry[] es = NumberWords.lookup(f, s, e);
        if (es != null) {
            return true;
        }
        if (wordIn(u, COUNT_NOUNS)) {
            return true;
        }
        char c0 = f.charAt(s);
        // an accusative indefinite noun ends in alef (عاما، شخصا); a pronoun suffix ها does not count
        return e - s >= 3 && f.charAt(e - 1) == ALEF && f.charAt(e - 2) != HEH && c0 != WAW && c0 != FEH
                && !wordIn(u, STOP_WORDS);
    }

    private Ordinal ordinalAt(int t, Comp c) {
        int a = articleStart(t);
        if (a >= 0) {
            if (t + 1 < count && kind[t + 1] == DIGITS && digitOrdinalAt(t + 1)) {
                c.tok = t + 1;
                return new Ordinal(a, te[t + 1], Long.parseLong(f.substring(ts[t + 1], te[t + 1])),
                        OrdinalMention.Gender.UNSPECIFIED, true);
            }
            return null;
        }
        if (kind[t] != WORD || !comp(t, -1, true, true, c) || c.numeral) {
            return null;
        }
        boolean definite = c.definite;
        int start = c.coreStart;
        Entry first = c.get(Role.ORDINAL);
        Entry head = c.get(Role.ORDINAL_TEEN_HEAD);
        long value;
        char gender;
        int last;
        boolean compound = false;
        if (first != null || head != null) {
            Entry u = first != null ? first : head;
            gender = u.gender();
            last = c.tok;
            value = -1;
            Comp y = new Comp();
            if (u.value() <= 9 && comp(t + 1, t, false, true, y) && !y.numeral) {
                if (!y.conj && y.unit(10, 10) != null && (u.value() > 1 || head != null)) {
                    value = 10 + u.value();
                    last = y.tok;
                    compound = true;
                } else if (y.conj && y.get(Role.TENS) != null && (u.value() > 1 || head != null)) {
                    value = u.value() + y.get(Role.TENS).value();
                    last = y.tok;
                    compound = true;
                }
            }
            if (value < 0) {
                if (first == null) {
                    return null;
                }
                value = u.value();
            }
            if (!compound && u.value() == 1 && u.gender() == 'f' && view.charAt(ft.sourceStart(te[t] - 1)) == YEH) {
                // "الأوَّلي" (primary, with yeh) folds like "الأولى" (first, with alef maqsura)
                return null;
            }
            if (!definite && !compound) {
                if (c.get(Role.ORDINAL) != null && c.entries.length > 0 && wordIsAt(c.coreStart, te[t], SECOND_F)) {
                    return null;
                }
                if (t + 1 < count && spaceGap(t, t + 1) && wordIs(t + 1, OXIDE)) {
                    return null;
                }
            }
            if (!compound && value <= 2 && t > 0 && spaceGap(t - 1, t) && wordIn(t - 1, MONTH_HEADS)) {
                return null;
            }
        } else if (definite) {
            gender = '-';
            Entry e;
            if ((e = c.get(Role.TENS)) != null) {
                // مجموعة العشرين is the G20; "الستين عاما" is the sixty years, a definite cardinal
                if (t > 0 && spaceGap(t - 1, t) && wordIs(t - 1, GROUP) || countedNounAfter(t)) {
                    return null;
                }
                value = e.value();
                last = c.tok;
            } else if ((e = c.get(Role.HUNDREDS)) != null || (e = c.get(Role.HUNDRED)) != null) {
                value = e.value();
                last = c.tok;
                Comp y = new Comp();
                if (comp(t + 1, t, false, true, y) && y.conj && !y.numeral) {
                    Ordinal sub = subOrdinal(y);
                    if (sub != null) {
                        value += sub.value();
                        gender = sub.gender() == OrdinalMention.Gender.MASCULINE ? 'm'
                                : sub.gender() == OrdinalMention.Gender.FEMININE ? 'f' : '-';
                        last = y.tok;
                    }
                }
            } else if ((e = c.get(Role.SCALE)) != null && e.value() == 1000 && te[t] - c.coreStart == 5) {
                value = 1000;
                last = c.tok;
            } else {
                return null;
            }
        } else {
            return null;
        }
        c.tok = last;
        OrdinalMention.Gender g = gender == 'm' ? OrdinalMention.Gender.MASCULINE
                : gender == 'f' ? OrdinalMention.Gender.FEMININE : OrdinalMention.Gender.UNSPECIFIED;
        return new Ordinal(start, te[last], value, g, definite);
    }

    /** The part after "و" in "المائة والعشرين" / "المائة والحادي والعشرين" (a tens or unit ordinal). */
    private Ordinal subOrdinal(Comp y) {
        int t = y.tok;
        Entry tens = y.get(Role.TENS);
        if (tens != null) {
            return new Ordinal(0, 0, tens.value(), OrdinalMention.Gender.UNSPECIFIED, y.definite);
        }
        Entry u = y.get(Role.ORDINAL) != null ? y.get(Role.ORDINAL) : y.get(Role.ORDINAL_TEEN_HEAD);
        if (u == null) {
            return null;
        }
        OrdinalMention.Gender g = u.gender() == 'm' ? OrdinalMention.Gender.MASCULINE : OrdinalMention.Gender.FEMININE;
        Comp z = new Comp();
        if (u.value() <= 9 && comp(t + 1, t, false, true, z) && !z.numeral) {
            if (!z.conj && z.unit(10, 10) != null) {
                y.tok = z.tok;
                return new Ordinal(0, 0, 10 + u.value(), g, true);
            }
            if (z.conj && z.get(Role.TENS) != null) {
                y.tok = z.tok;
                return new Ordinal(0, 0, u.value() + z.get(Role.TENS).value(), g, true);
            }
        }
        return y.get(Role.ORDINAL) != null ? new Ordinal(0, 0, u.value(), g, true) : null;
    }

    private boolean wordIsAt(int s, int e, String w) {
        return e - s == w.length() && f.startsWith(w, s);
    }
}
