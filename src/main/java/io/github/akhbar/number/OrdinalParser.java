package io.github.akhbar.number;

import io.github.akhbar.number.ContextWords.Kind;
import io.github.akhbar.number.NumberGrammar.Comp;
import io.github.akhbar.number.NumberGrammar.Ordinal;
import io.github.akhbar.number.NumberWords.Entry;
import io.github.akhbar.number.NumberWords.Role;
import io.github.akhbar.number.OrdinalMention.Gender;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordinal half of the {@link NumberGrammar}: "الـ92", unit ordinals and their compounds
 * ("الحادي عشر", "الثانية والتسعين"), definite tens, hundreds and scale words ("العشرين",
 * "المائة والعشرين", "الألف", "المليون"), and cardinal-style compounds ("الواحد والعشرين").
 * Not API; one instance per scan.
 */
final class OrdinalParser {

    /** ثانية (folded): alone and indefinite it is "a second" of time. */
    private static final String SECOND_F = "\u062B\u0627\u0646\u064A\u0647";

    private final NumberGrammar g;
    private final List<Ordinal> found = new ArrayList<>();
    private final Comp c = new Comp();
    private final Comp y = new Comp();
    private final Comp z = new Comp();

    OrdinalParser(NumberGrammar g) {
        this.g = g;
    }

    List<Ordinal> found() {
        return found;
    }

    /** The part after "و" in "المائة والعشرين": its value, gender, last token, and whether it ends in an ordinal word. */
    private record Tail(long value, char gender, int last, boolean ordinalWord) {
    }

    /**
     * Reads the ordinal starting at token t.
     *
     * @return the token after the ordinal, or -1 when t starts none
     */
    int parse(int t) {
        if (g.articleStart(t) >= 0) {
            int d = t + 1;
            if (d < g.count && g.digitOrdinalAt(d)) {
                long value = Long.parseLong(g.f, g.ts[d], g.te[d], 10);
                return add(g.articleStart(t), d, value, '-', true);
            }
            return -1;
        }
        if (g.kind[t] != NumberGrammar.WORD || !g.comp(t, -1, true, true, c) || c.numeral) {
            return -1;
        }
        if (c.has(Role.ORDINAL) || c.has(Role.ORDINAL_TEEN_HEAD)) {
            return unitOrdinal(t);
        }
        if (!c.definite || g.fractionBefore(t)) {
            // "ثلثا المليون", "نصف المائة": a part of the number, not a rank
            return -1;
        }
        Entry e;
        if ((e = c.get(Role.TENS)) != null) {
            // مجموعة العشرين is the G20; "الستين عاما" is the sixty years, a definite cardinal
            if (!cardinalLookingOrdinal(t, true) || g.groupHeadBefore(t) || g.countedNounAfter(c.tok)) {
                return -1;
            }
            return add(c.coreStart, c.tok, e.value(), '-', true);
        }
        if ((e = c.get(Role.HUNDREDS)) != null || (e = c.get(Role.HUNDRED)) != null) {
            return hundreds(t, e.value());
        }
        if ((e = c.get(Role.SCALE)) != null || (e = c.get(Role.SCALE_DUAL)) != null) {
            return cardinalLookingOrdinal(t, false) ? scale(e) : -1;
        }
        if ((e = c.unit(1, 9)) != null) {
            return cardinalLookingOrdinal(t, true) ? cardinalStyle(e) : -1;
        }
        return -1;
    }

    /**
     * A definite cardinal word is a rank only as the adjective of a definite noun ("الدورة
     * العشرين", "دورته العشرون") that it does not count ("السنوات الثلاثين" are 30 years), and
     * without a preposition on itself ("بالعشرين"); after a cardinal unit it is part of a
     * compound already refused ("الأشخاص الثلاثة والعشرين").
     */
    private boolean cardinalLookingOrdinal(int t, boolean pronounHead) {
        return !g.prepositionClitic(c.tok, c.coreStart) && g.definiteHeadBefore(t, pronounHead)
                && !g.pluralHeadBefore(t) && !(g.comp(t - 1, -1, true, true, z) && z.unit(1, 10) != null);
    }

    private int add(int start, int lastTok, long value, char gender, boolean definite) {
        Gender gd = gender == 'm' ? Gender.MASCULINE : gender == 'f' ? Gender.FEMININE : Gender.UNSPECIFIED;
        found.add(new Ordinal(start, g.te[lastTok], value, gd, definite));
        return lastTok + 1;
    }

    /** أول، الثانية، الحادي عشر، الثالثة والتسعين, with their look-alike exclusions. */
    private int unitOrdinal(int t) {
        Entry first = c.get(Role.ORDINAL);
        Entry u = first != null ? first : c.get(Role.ORDINAL_TEEN_HEAD);
        int last = c.tok;
        long value = -1;
        boolean canCompound = u.value() > 1 || first == null;
        if (u.value() <= 9 && canCompound && g.comp(c.tok + 1, c.tok, false, true, y) && !y.numeral) {
            if (!y.conj && y.unit(10, 10) != null) {
                value = 10 + u.value();
                last = y.tok;
            } else if (y.conj && y.has(Role.TENS)) {
                value = u.value() + y.get(Role.TENS).value();
                last = y.tok;
            }
        }
        boolean compound = value > 0;
        if (!compound) {
            if (first == null) {
                return -1;
            }
            value = u.value();
            if (value == 1 && u.gender() == 'f' && g.original(g.te[c.tok] - 1) == NumberGrammar.YEH) {
                // "الأوَّلي" (primary, with yeh) folds like "الأولى" (first, with alef maqsura)
                return -1;
            }
            if (!c.definite && (g.wordIsAt(c.coreStart, g.te[c.tok], SECOND_F)
                    || g.wordAfter(c.tok + 1) && g.contextWord(c.tok + 1, Kind.CHEMICAL))) {
                // "بعد ثانية" is a second of time; "ثاني أكسيد الكربون" is carbon dioxide
                return -1;
            }
            if (value <= 2 && g.wordAfter(t) && g.contextWord(t - 1, Kind.MONTH_HEAD)) {
                // تشرين الثاني، كانون الأول، ربيع الأول، جمادى الأولى: the date step owns them
                return -1;
            }
        }
        return add(c.coreStart, last, value, u.gender(), c.definite);
    }

    /** المائة، الثلاثمائة، المائة والعشرين، المئة والثانية والعشرين. */
    private int hundreds(int t, long value) {
        if (g.percentHundred(c.tok)) {
            // "في المائة", "بالمئة" end a percentage even when the number before it is not read
            return -1;
        }
        boolean ranked = cardinalLookingOrdinal(t, true);
        long v = value;
        char gender = '-';
        int last = c.tok;
        boolean ordinalWord = false;
        if (g.comp(c.tok + 1, c.tok, false, true, y) && y.conj && !y.numeral) {
            Tail tail = tail();
            if (tail != null) {
                v += tail.value;
                gender = tail.gender;
                last = tail.last;
                ordinalWord = tail.ordinalWord;
            }
        }
        if (!ordinalWord && (!ranked || g.countedNounAfter(last))) {
            // "نحو المائتي كتاب", "خطة المئة يوم": a definite cardinal; "المائة والثانية" is a rank anyway
            return -1;
        }
        return add(c.coreStart, last, v, gender, true);
    }

    /** The tens, unit-ordinal or cardinal-style part in y after "و" following a hundred word. */
    private Tail tail() {
        Entry tens = y.get(Role.TENS);
        if (tens != null) {
            return new Tail(tens.value(), '-', y.tok, false);
        }
        Entry u = y.get(Role.ORDINAL) != null ? y.get(Role.ORDINAL) : y.get(Role.ORDINAL_TEEN_HEAD);
        if (u != null) {
            if (u.value() <= 9 && g.comp(y.tok + 1, y.tok, false, true, z) && !z.numeral) {
                if (!z.conj && z.unit(10, 10) != null) {
                    return new Tail(10 + u.value(), u.gender(), z.tok, true);
                }
                if (z.conj && z.has(Role.TENS)) {
                    return new Tail(u.value() + z.get(Role.TENS).value(), u.gender(), z.tok, true);
                }
            }
            return y.has(Role.ORDINAL) ? new Tail(u.value(), u.gender(), y.tok, true) : null;
        }
        Entry unit = y.definite ? y.unit(1, 9) : null;
        if (unit != null && g.comp(y.tok + 1, y.tok, false, true, z) && z.conj && z.definite && z.has(Role.TENS)) {
            return new Tail(unit.value() + z.get(Role.TENS).value(), unit.gender(), z.tok, false);
        }
        return null;
    }

    /**
     * الألف، الألفين، المليون ("الليلة الألف", "الزائر المليون"): a definite scale word in the
     * nominative or genitive after a definite noun, not before a counted noun ("الألف دولار").
     */
    private int scale(Entry e) {
        char lastLetter = g.f.charAt(g.te[c.tok] - 1);
        boolean dual = e.role() == Role.SCALE_DUAL;
        // ألفا is an accusative after a count; الألفي is the adjective "millennial"
        if (lastLetter == NumberGrammar.ALEF || dual && lastLetter == NumberGrammar.YEH || g.countedNounAfter(c.tok)) {
            return -1;
        }
        return add(c.coreStart, c.tok, dual ? 2 * e.value() : e.value(), '-', true);
    }

    /** "القرن الواحد والعشرين" (21st), "الدورة الثالثة والعشرين" written with the cardinal "الثلاثة". */
    private int cardinalStyle(Entry unit) {
        if (!g.comp(c.tok + 1, c.tok, false, true, y) || !y.conj || !y.definite || !y.has(Role.TENS)
                || g.countedNounAfter(y.tok)) {
            return -1;
        }
        return add(c.coreStart, y.tok, unit.value() + y.get(Role.TENS).value(), unit.gender(), true);
    }
}
