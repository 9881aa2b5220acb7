package io.github.akhbar.number;

import io.github.akhbar.number.NumberGrammar.Cardinal;
import io.github.akhbar.number.NumberGrammar.Comp;
import io.github.akhbar.number.NumberWords.Entry;
import io.github.akhbar.number.NumberWords.Role;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The cardinal half of the {@link NumberGrammar}: digit runs, number-word compounds in descending
 * scales joined by و, fractions, signs and percent phrases. Not API; one instance per scan.
 */
final class CardinalParser {

    private final NumberGrammar g;
    private final List<Cardinal> found = new ArrayList<>();
    /** Scratch components; {@link #look} is only used inside the small look-ahead helpers. */
    private final Comp c = new Comp();
    private final Comp next = new Comp();
    private final Comp scale = new Comp();
    private final Comp look = new Comp();
    private final Comp sub = new Comp();
    /** Folded end of the last cardinal, so that a "%" is never claimed by two numbers. */
    private int lastEnd;
    /** The compound being read: its value so far, its smallest scale, the unit a closing fraction is of. */
    private BigDecimal total;
    private long lastScale;
    private long tailUnit;
    /** A group without a scale was read: only a closing fraction may follow. */
    private boolean closed;
    private boolean words;
    private boolean digits;
    /** The last token read, or -1 before the first component. */
    private int endTok;

    CardinalParser(NumberGrammar g) {
        this.g = g;
    }

    List<Cardinal> found() {
        return found;
    }

    /** A fraction num/den read from tokens ending at {@code last}. */
    private record Fraction(long num, long den, int last) {
    }

    /** A value below 1000 (or a digit run) and its last token. */
    private record Group(long value, boolean numeral, int last) {
    }

    /**
     * Reads the cardinal starting at token t0.
     *
     * @return the token after what was read (a phrase may be read and yield no number, such as
     *         "ثلث الأعضاء" or "ثلث مليون", whose value is not exact), or -1 when t0 starts none
     */
    int parse(int t0) {
        if (!g.comp(t0, -1, true, false, c)) {
            return -1;
        }
        if (c.numeral && g.digitOrdinalAt(c.tok)) {
            return -1;
        }
        if (c.has(Role.ZERO)) {
            // صفر is also a Hijri month: zero only in "صفر في المائة"
            int p = g.percentEnd(c.tok);
            if (p < 0) {
                return -1;
            }
            return add(c.coreStart, p, BigDecimal.ZERO, NumberMention.Kind.WORDS, true);
        }
        if (!startsGroup(c) && (c.has(Role.SCALE) || c.has(Role.SCALE_DUAL)) && g.wordAfter(t0)
                && g.comp(t0 - 1, -1, true, true, look) && look.definite && startsGroup(look)) {
            // "الخمسين ألفا": the count is a definite cardinal we do not read, so the scale is no 1000
            return c.tok + 1;
        }
        int start = c.coreStart;
        boolean negative = false;
        boolean prefixPercent = false;
        if (c.numeral && c.tok == t0 && t0 > 0 && g.te[t0 - 1] == g.ts[t0] && g.kind[t0 - 1] == NumberGrammar.OTHER) {
            char s = g.f.charAt(g.ts[t0 - 1]);
            boolean atStart = t0 < 2;
            boolean afterSpace = !atStart && g.te[t0 - 2] < g.ts[t0 - 1];
            boolean afterParen = !atStart && g.kind[t0 - 2] == NumberGrammar.OTHER && g.f.charAt(g.ts[t0 - 2]) == '(';
            if ((s == '-' || s == '+' || s == NumberGrammar.MINUS_SIGN)
                    && (atStart || afterSpace && g.kind[t0 - 2] != NumberGrammar.DIGITS || afterParen)) {
                // a sign after a space, "(" or the start of the text; "10-15" is a range
                start = g.ts[t0] - 1;
                negative = s != '+';
            } else if ((s == '%' || s == NumberGrammar.PERCENT_ARABIC) && g.ts[t0 - 1] >= lastEnd
                    && (atStart || afterSpace || g.kind[t0 - 2] != NumberGrammar.DIGITS)) {
                // "%15": the sign written first, as right-to-left typing often leaves it
                start = g.ts[t0] - 1;
                prefixPercent = true;
            }
        }
        total = BigDecimal.ZERO;
        lastScale = Long.MAX_VALUE;
        tailUnit = 1;
        closed = false;
        words = false;
        digits = false;
        endTok = -1;
        Fraction lead = fraction(c);
        if (lead != null) {
            // "نصف مليون", "ثلاثة أرباع مليار", "نصف في المائة"; alone ("ثلث الأعضاء") it quantifies a noun
            Entry sc = g.comp(lead.last + 1, lead.last, false, false, scale) && !scale.conj ? scale.get(Role.SCALE) : null;
            if (sc == null) {
                int p = g.percentEnd(lead.last);
                BigDecimal v = p < 0 ? null : exactQuotient(BigDecimal.valueOf(lead.num), lead.den);
                return v == null ? lead.last + 1 : add(start, p, v, NumberMention.Kind.WORDS, true);
            }
            BigDecimal v = exactQuotient(BigDecimal.valueOf(sc.value()).multiply(BigDecimal.valueOf(lead.num)), lead.den);
            if (v == null) {
                return scale.tok + 1;
            }
            scaled(v, sc.value(), scale.tok);
        }
        if (!readCompound()) {
            return endTok + 1;
        }
        if (endTok < 0) {
            return -1;
        }
        if (endTok == t0 && !c.numeral && c.unit(10, 10) != null && g.wordAfter(t0) && teenHeadBefore(t0 - 1)) {
            // "الأحد عشر": the teen lost its head to the article; no number is better than 10
            return -1;
        }
        if (negative) {
            total = total.negate();
        }
        int p = g.percentEnd(endTok);
        NumberMention.Kind k = words && digits ? NumberMention.Kind.MIXED
                : digits ? NumberMention.Kind.DIGITS : NumberMention.Kind.WORDS;
        return add(start, p >= 0 ? p : endTok, total, k, p >= 0 || prefixPercent);
    }

    /**
     * Reads the compound whose first component is {@link #c} (or that continues after a leading
     * fraction): groups below 1000 times descending scales, joined by و, and a closing fraction.
     *
     * @return false when the phrase ends in a fraction whose value is not exact ("مليون وثلث");
     *         {@link #endTok} is then its last token
     */
    private boolean readCompound() {
        while (true) {
            Comp x = c;
            if (endTok >= 0) {
                if (!g.comp(endTok + 1, endTok, false, false, next) || !next.conj) {
                    return true;
                }
                x = next;
                Fraction tail = fraction(x);
                if (tail != null) {
                    // "مليون ونصف" = 1.5 million, "ثلاثة ونصف" = 3.5: a fraction of the last unit
                    BigDecimal v = exactQuotient(BigDecimal.valueOf(tailUnit).multiply(BigDecimal.valueOf(tail.num)),
                            tail.den);
                    endTok = tail.last;
                    if (v == null) {
                        return false;
                    }
                    total = total.add(v);
                    return true;
                }
                if (closed) {
                    return true;
                }
            }
            Entry dual = x.get(Role.SCALE_DUAL);
            Entry single = dual == null && !startsGroup(x) ? x.get(Role.SCALE) : null;
            if (dual != null || single != null) {
                // "ألفين", "مليونين": two of the scale; "ألف", "مليون": one
                Entry sc = dual != null ? dual : single;
                if (sc.value() >= lastScale) {
                    return true;
                }
                scaled(BigDecimal.valueOf((dual != null ? 2 : 1) * sc.value()), sc.value(), x.tok);
                continue;
            }
            Group grp = group(x);
            if (grp == null) {
                return true;
            }
            Entry sc = null;
            if (g.comp(grp.last + 1, grp.last, false, false, scale) && !scale.conj) {
                sc = scale.get(Role.SCALE) != null ? scale.get(Role.SCALE) : scale.get(Role.SCALE_PLURAL);
                if (sc != null && sc.value() >= lastScale) {
                    sc = null;
                }
            }
            BigDecimal gv = grp.numeral ? DigitRun.value(g, g.ts[x.tok], g.te[x.tok], sc != null)
                    : BigDecimal.valueOf(grp.value);
            if (gv == null) {
                return true;
            }
            digits |= grp.numeral;
            words |= !grp.numeral;
            if (sc != null) {
                scaled(gv.multiply(BigDecimal.valueOf(sc.value())), sc.value(), scale.tok);
                continue;
            }
            if (endTok >= 0 && gv.compareTo(BigDecimal.valueOf(lastScale)) >= 0) {
                return true;
            }
            total = total.add(gv);
            endTok = grp.last;
            tailUnit = 1;
            closed = true;
        }
    }

    /** Adds a scaled part ("ثلاثة ملايين", "ألفين") whose last token is {@code lastTok}. */
    private void scaled(BigDecimal value, long scaleValue, int lastTok) {
        total = total.add(value);
        lastScale = scaleValue;
        tailUnit = scaleValue;
        words = true;
        endTok = lastTok;
    }

    private int add(int start, int lastTok, BigDecimal value, NumberMention.Kind kind, boolean percent) {
        found.add(new Cardinal(start, g.te[lastTok], value, kind, percent));
        lastEnd = g.te[lastTok];
        return lastTok + 1;
    }

    /**
     * A fraction starting at component x: نصف، ربع، ثلث (one part), ثلثا/ثلثين (two parts), or a
     * unit before a plural part smaller than one whole ("ثلاثة أرباع", not "خمسة أرباع").
     */
    private Fraction fraction(Comp x) {
        Entry e;
        if ((e = x.get(Role.FRACTION)) != null) {
            return new Fraction(1, e.value(), x.tok);
        }
        if ((e = x.get(Role.FRACTION_DUAL)) != null) {
            return new Fraction(2, e.value(), x.tok);
        }
        Entry u = x.unit(2, 9);
        if (u != null && g.comp(x.tok + 1, x.tok, false, false, look) && !look.conj
                && (e = look.get(Role.FRACTION_PLURAL)) != null && u.value() < e.value()) {
            return new Fraction(u.value(), e.value(), look.tok);
        }
        return null;
    }

    /**
     * {@code a / den} when its decimal expansion is finite, else null: values stay exact, so a
     * third of a million (333333.33…) is no number rather than a rounded one.
     */
    static BigDecimal exactQuotient(BigDecimal a, long den) {
        long d = den;
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        if (d != 1 && a.unscaledValue().mod(BigInteger.valueOf(d)).signum() != 0) {
            return null;
        }
        return a.divide(BigDecimal.valueOf(den));
    }

    private boolean teenHeadBefore(int t) {
        if (g.kind[t] != NumberGrammar.WORD) {
            return false;
        }
        int s = g.f.startsWith(NumberGrammar.ARTICLE, g.ts[t]) ? g.ts[t] + 2 : g.ts[t];
        Entry[] es = NumberWords.lookup(g.f, s, g.te[t]);
        if (es != null) {
            for (Entry e : es) {
                if (e.role() == Role.TEEN_HEAD || e.role() == Role.UNIT && e.value() < 10) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether x can start a group (a count word or digits) rather than being a bare scale. */
    private static boolean startsGroup(Comp x) {
        return x.numeral || x.has(Role.UNIT) || x.has(Role.TEEN_HEAD) || x.has(Role.TENS) || x.has(Role.HUNDRED)
                || x.has(Role.HUNDREDS);
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
        } else if (x.has(Role.HUNDRED)) {
            h = 100;
        } else if ((e = x.unit(1, 9)) != null && g.comp(x.tok + 1, x.tok, false, false, look) && !look.conj
                && look.has(Role.HUNDRED)) {
            // "ثلاث مائة", and ICU's "ثلاثة مائة"
            h = e.value() * 100;
            last = look.tok;
        }
        if (h >= 0) {
            if (g.comp(last + 1, last, false, false, sub) && sub.conj && !sub.numeral) {
                Group rest = sub100(sub);
                if (rest != null) {
                    return new Group(h + rest.value, false, rest.last);
                }
            }
            return new Group(h, false, last);
        }
        return sub100(x);
    }

    private Group sub100(Comp x) {
        Entry e;
        Comp y = look;
        boolean hasNext = g.comp(x.tok + 1, x.tok, false, false, y);
        if ((e = x.get(Role.TEEN_HEAD)) != null || (e = x.unit(3, 9)) != null) {
            if (hasNext && !y.conj && y.unit(10, 10) != null) {
                return new Group(10 + e.value(), false, y.tok);
            }
            if (x.has(Role.TEEN_HEAD) && x.unit(1, 10) == null) {
                return null;
            }
        }
        if ((e = x.unit(1, 9)) != null && hasNext && y.conj && y.has(Role.TENS)) {
            return new Group(e.value() + y.get(Role.TENS).value(), false, y.tok);
        }
        if ((e = x.unit(1, 10)) != null || (e = x.get(Role.TENS)) != null) {
            return new Group(e.value(), false, x.tok);
        }
        return null;
    }
}
