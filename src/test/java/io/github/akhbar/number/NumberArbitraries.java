package io.github.akhbar.number;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Test-side speller and generators for numbers: our own Arabic speller (independent of the
 * grammar under test, written from the grammar books' rules) in several valid styles, digit
 * renderings in every script, and ordinal phrases.
 */
final class NumberArbitraries {

    private NumberArbitraries() {
    }

    /** How a number is spelled. */
    record Style(boolean feminine, boolean genitive, int hundreds, boolean spaceAfterWaw) {
    }

    private static final String[] UNITS_M = {"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة",
        "ثمانية", "تسعة", "عشرة"};
    private static final String[] UNITS_F = {"", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع",
        "ثماني", "تسع", "عشر"};
    private static final String[] TENS_STEM = {"", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    private static final String[] HUNDRED_STEM = {"", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    private static final String[] ORD_M = {"", "أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن",
        "تاسع", "عاشر"};
    private static final String[] ORD_F = {"", "أولى", "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة",
        "ثامنة", "تاسعة", "عاشرة"};

    static Arbitrary<Style> styles() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2), Arbitraries.of(false, true)).as(Style::new);
    }

    private static String and(Style s) {
        return s.spaceAfterWaw() ? " و " : " و";
    }

    private static String unit(int u, Style s) {
        if (u == 2) {
            return s.feminine() ? (s.genitive() ? "اثنتين" : "اثنتان") : (s.genitive() ? "اثنين" : "اثنان");
        }
        return s.feminine() ? UNITS_F[u] : UNITS_M[u];
    }

    private static String tens(int t, Style s) {
        return TENS_STEM[t] + (s.genitive() ? "ين" : "ون");
    }

    private static String hundred(Style s) {
        return s.hundreds() == 1 ? "مئة" : "مائة";
    }

    /** Spells 1..999. */
    static String group(int n, Style s) {
        StringBuilder sb = new StringBuilder();
        int h = n / 100;
        int r = n % 100;
        if (h == 1) {
            sb.append(hundred(s));
        } else if (h == 2) {
            sb.append(s.hundreds() == 1 ? "مئت" : "مائت").append(s.genitive() ? "ين" : "ان");
        } else if (h > 2) {
            sb.append(HUNDRED_STEM[h]).append(s.hundreds() == 2 ? " " : "").append(hundred(s));
        }
        if (r > 0) {
            if (h > 0) {
                sb.append(and(s));
            }
            if (r <= 10) {
                sb.append(unit(r, s));
            } else if (r == 11) {
                sb.append(s.feminine() ? "إحدى عشرة" : "أحد عشر");
            } else if (r == 12) {
                sb.append(s.feminine() ? (s.genitive() ? "اثنتي عشرة" : "اثنتا عشرة")
                        : (s.genitive() ? "اثني عشر" : "اثنا عشر"));
            } else if (r < 20) {
                sb.append(unit(r % 10, s)).append(s.feminine() ? " عشرة" : " عشر");
            } else if (r % 10 == 0) {
                sb.append(tens(r / 10, s));
            } else {
                sb.append(unit(r % 10, s)).append(and(s)).append(tens(r / 10, s));
            }
        }
        return sb.toString();
    }

    private static final long[] SCALES = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] SINGULAR = {"تريليون", "مليار", "مليون", "ألف"};
    private static final String[] PLURAL = {"تريليونات", "مليارات", "ملايين", "آلاف"};

    /** Spells 1..10^12. */
    static String spell(long n, Style s) {
        StringBuilder sb = new StringBuilder();
        long rest = n;
        for (int i = 0; i < SCALES.length; i++) {
            long c = rest / SCALES[i];
            rest %= SCALES[i];
            if (c == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(and(s));
            }
            if (c == 1) {
                sb.append(SINGULAR[i]);
            } else if (c == 2) {
                sb.append(SINGULAR[i]).append(s.genitive() ? "ين" : "ان");
            } else if (c <= 10) {
                sb.append(group((int) c, s)).append(' ').append(PLURAL[i]);
            } else {
                sb.append(group((int) c, s)).append(' ').append(SINGULAR[i]);
            }
        }
        if (rest > 0) {
            if (sb.length() > 0) {
                sb.append(and(s));
            }
            sb.append(group((int) rest, s));
        }
        return sb.toString();
    }

    /**
     * An ordinal phrase and what the extractors should make of it.
     *
     * @param phrase the spelled form
     * @param ordinal whether it is an ordinal; false when the indefinite form is written exactly
     *                like the cardinal (round tens, hundreds) or is the time unit ثانية
     * @param gender the gender the ordinal reports
     */
    record OrdinalForm(String phrase, boolean ordinal, OrdinalMention.Gender gender) {
    }

    /**
     * Spells the ordinal n (1..999) in the given style, definite or indefinite. The indefinite
     * form of a round ten or of anything from 100 up is the cardinal itself ("عشرون", "مائة
     * وعشرون"): no text tells it from the number, so it is returned as a cardinal form.
     */
    static OrdinalForm ordinalForm(int n, Style s, boolean definite) {
        int h = n / 100;
        int r = n % 100;
        if (!definite && (h > 0 || r >= 20 && r % 10 == 0)) {
            return new OrdinalForm(spell(n, s), false, OrdinalMention.Gender.UNSPECIFIED);
        }
        String phrase = ordinal(n, s, definite);
        boolean unitWord = r > 0 && (r <= 19 || r % 10 != 0);
        OrdinalMention.Gender g = !unitWord ? OrdinalMention.Gender.UNSPECIFIED
                : s.feminine() ? OrdinalMention.Gender.FEMININE : OrdinalMention.Gender.MASCULINE;
        return new OrdinalForm(phrase, !phrase.equals("ثانية"), g);
    }

    /** Spells the ordinal 1..999; indefinite only below 100 (see {@link #ordinalForm}). */
    static String ordinal(int n, Style s, boolean definite) {
        String al = definite ? "ال" : "";
        int h = n / 100;
        int r = n % 100;
        StringBuilder sb = new StringBuilder();
        if (h == 1) {
            sb.append("ال").append(hundred(s));
        } else if (h == 2) {
            sb.append("ال").append(s.hundreds() == 1 ? "مئت" : "مائت").append(s.genitive() ? "ين" : "ان");
        } else if (h > 2) {
            sb.append("ال").append(HUNDRED_STEM[h]).append(hundred(s));
        }
        if (r == 0) {
            return sb.toString();
        }
        if (h > 0) {
            sb.append(and(s));
            al = "ال";
        }
        String[] ord = s.feminine() ? ORD_F : ORD_M;
        String one = s.feminine() ? "حادية" : "حادي";
        if (r <= 10) {
            sb.append(al).append(ord[r]);
        } else if (r < 20) {
            sb.append(al).append(r == 11 ? one : ord[r % 10]).append(s.feminine() ? " عشرة" : " عشر");
        } else if (r % 10 == 0) {
            sb.append(al).append(tens(r / 10, s));
        } else {
            sb.append(al).append(r % 10 == 1 ? one : ord[r % 10]).append(and(s)).append(al).append(tens(r / 10, s));
        }
        return sb.toString();
    }

    /** "الواحد والعشرين", "الثلاثة والعشرون": the ordinal 21..99 written with the definite cardinal unit. */
    static String cardinalStyleOrdinal(int n, Style s) {
        return "ال" + unit(n % 10, s) + and(s) + "ال" + tens(n / 10, s);
    }

    /** Digit scripts: 0 ASCII, 1 Arabic-Indic, 2 Extended Arabic-Indic, 3 mixed digit by digit. */
    static String digits(long n, int script, char grouping) {
        String plain = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (grouping != 0 && i > 0 && (plain.length() - i) % 3 == 0) {
                sb.append(grouping);
            }
            int d = plain.charAt(i) - '0';
            int sc = script == 3 ? i % 3 : script;
            sb.append((char) (sc == 0 ? '0' + d : sc == 1 ? '\u0660' + d : '\u06F0' + d));
        }
        return sb.toString();
    }

    static Arbitrary<Long> upToTrillion() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000_000_000L),
                Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(0, 1000));
    }

    static Arbitrary<Character> groupings() {
        return Arbitraries.of(List.of((char) 0, ',', '.', '\u066C', '\u00A0', '\u202F'));
    }

    static Arbitrary<Integer> scripts() {
        return Arbitraries.integers().between(0, 3);
    }

    /** Marks that folding drops: fatha, damma, kasra, shadda, sukun, tanween, tatweel and ZWNJ. */
    static Arbitrary<List<Integer>> markInsertions() {
        return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(6);
    }

    static final char[] MARKS = {'\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640', '\u200C'};

    /** Inserts a mark after Arabic letters at positions picked by {@code picks} (never after the last letter). */
    static String insertMarks(String s, List<Integer> picks) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = 0; k < picks.size(); k++) {
            int p = picks.get(k) % Math.max(1, sb.length());
            if (p + 1 < sb.length() && NumberGrammar.isArabicLetter(sb.charAt(p))
                    && NumberGrammar.isArabicLetter(sb.charAt(p + 1))) {
                sb.insert(p + 1, MARKS[picks.get(k) % MARKS.length]);
            }
        }
        return sb.toString();
    }

    /** Pieces of number text: articles, percent phrases, number and context words, digits, separators. */
    private static final List<String> PIECES = List.of("الـ", "ال", "الــ", "بالـ", "لل", "وال", "و", "في",
        "في المائة", "في المئة", "بالمائة", "بالمئة", "%", "\u066A", "\u066B", "\u066C", ".", ",", ":", "-", "+",
        "(", ")", "\u2212", "ر", "\u00A0", "\u2009", "\u0640", "\u064E", "\u0651", "\u200C", "\u060C",
        "صفر", "نصف", "ربع", "ثلث", "ثلثا", "ثلثي", "أرباع", "أعشار", "واحد", "واحدة", "اثنان", "اثني", "ثلاثة",
        "ثلاث", "ثماني", "عشر", "عشرة", "أحد", "إحدى", "عشرون", "عشرين", "مائة", "مئة", "مائتي", "ثلاثمائة",
        "ألف", "ألفا", "ألفين", "ألفي", "آلاف", "مليون", "ملايين", "مليار", "ملايير", "الأول", "الأولى", "أول",
        "الثاني", "الثانية", "ثانية", "الحادي", "حادية", "العشرين", "والعشرين", "المائة", "المئة", "الألف",
        "الألفين", "المليون", "الواحد", "الثلاثة", "تشرين", "كانون", "ربيع", "جمادى", "مجموعة", "قمة", "أكسيد",
        "ساعة", "عاما", "يوم", "شخص", "دولار", "الساعة");

    /** Text made of number fragments, so that the grammar's corners are reached by chance. */
    static Arbitrary<String> numberText() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789\u0660\u0661\u0665\u0669\u06F0\u06F4")
                .ofMinLength(1).ofMaxLength(13);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PIECES)),
                Tuple.of(4, digits),
                Tuple.of(8, Arbitraries.of(" ", " ", "  ", "\n")));
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
