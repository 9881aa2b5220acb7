package io.github.akhbar.date;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists of the date grammar, written in folded form (MatchFold: أ/إ/آ → ا,
 * ى → ي, ة → ه). These are facts of the language, not growing lexicons, so they stay in code;
 * the month names, which do grow, live in {@code months.tsv}. Not API.
 */
final class Lexicon {

    private Lexicon() {
    }

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "الاحد", DayOfWeek.SUNDAY,
            "الاثنين", DayOfWeek.MONDAY,
            "الاتنين", DayOfWeek.MONDAY,
            "الثلاثاء", DayOfWeek.TUESDAY,
            "الاربعاء", DayOfWeek.WEDNESDAY,
            "الخميس", DayOfWeek.THURSDAY,
            "الجمعه", DayOfWeek.FRIDAY,
            "السبت", DayOfWeek.SATURDAY);

    /** Words meaning "the first day of" before a month. */
    static final Set<String> FIRST_DAY = Set.of("فاتح", "الفاتح", "غره", "مطلع", "مستهل");

    /** Clitics that may be glued to a day word ("وفاتح", "بالفاتح"); they stay outside the span. */
    static final List<String> DAY_WORD_CLITICS = List.of("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل");

    /** @return the length of the clitic glued to a day word ("بالفاتح" → 1), 0 for a bare day word, -1 otherwise */
    static int firstDayClitic(String w) {
        if (FIRST_DAY.contains(w)) {
            return 0;
        }
        for (String c : DAY_WORD_CLITICS) {
            if (w.length() > c.length() + 2 && w.startsWith(c) && FIRST_DAY.contains(w.substring(c.length()))) {
                return c.length();
            }
        }
        return -1;
    }

    /** Ordinal day words, used as "السابع من أكتوبر"; multi-word ones are joined by a space. */
    static final Map<String, Integer> ORDINAL_DAYS;

    static {
        String[] units = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
            "التاسع", "العاشر"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(units[i], i + 1);
        }
        m.put("الحادي عشر", 11);
        for (int i = 1; i < 9; i++) {
            m.put(units[i] + " عشر", 11 + i);
        }
        m.put("العشرين", 20);
        m.put("الحادي والعشرين", 21);
        for (int i = 1; i < 9; i++) {
            m.put(units[i] + " والعشرين", 21 + i);
        }
        m.put("الثلاثين", 30);
        m.put("الحادي والثلاثين", 31);
        ORDINAL_DAYS = Map.copyOf(m);
    }

    /**
     * Words before a month name written alone ("في يناير", "مطلع رمضان") that make it a date. An
     * {@code ambiguous} month needs one of these; an ordinary one may also follow من or إلى
     * ("ابتداء من يناير").
     */
    static final Set<String> AMBIGUOUS_CONTEXT = Set.of("في", "منذ", "خلال", "قبل", "بعد", "اواخر", "اوائل",
            "منتصف", "اواسط", "نهايه", "بدايه", "مطلع", "حلول", "طيله", "طوال", "غايه", "شهر", "لشهر", "بشهر");

    /** Words before من that make it "starting from" ("اعتبارا من مارس"), a date context for every month. */
    static final Set<String> STARTING = Set.of("اعتبارا", "ابتداء", "ابتداءا", "بدايه", "انطلاقا", "بدءا", "بدء");

    /** {@link #AMBIGUOUS_CONTEXT} plus من، إلى، حتى for months that are not ordinary words. */
    static final Set<String> CONTEXT;

    static {
        Set<String> c = new HashSet<>(AMBIGUOUS_CONTEXT);
        c.addAll(List.of("من", "الي", "حتي"));
        CONTEXT = Set.copyOf(c);
    }

    static final Set<String> MONTH_WORD = Set.of("شهر", "لشهر", "بشهر");

    static final Set<String> YEAR_WORD = Set.of("سنه", "عام", "لسنه", "لعام", "السنه", "العام");

    static final Set<String> HIJRI_SUFFIX = Set.of("ه", "هجري", "هجريه", "للهجره");

    static final Set<String> GREGORIAN_SUFFIX = Set.of("م", "ميلادي", "ميلاديه", "للميلاد");

    static final String TODAY = "اليوم";
    /** "الـ" before a day number: "الـ11 من فبراير". */
    static final String DEFINITE = "ال";
    static final String OF = "من";
    /** "يومي 6 و7 فبراير": a two-day range. */
    static final String TWO_DAYS = "يومي";
    static final String YESTERDAY = "امس";
    static final String FIRST = "الاول";
    static final String FIRST_OF = "اول";
    static final String TOMORROW = "غدا";
    static final String TOMORROW_NOUN = "غد";
    static final String AFTER = "بعد";
    static final String BEFORE = "قبل";
    static final String SINCE = "منذ";
    /** "العام": a year, or the adjective "general" after a title (الأمين العام). */
    static final String YEAR_DEFINITE = "العام";

    /** Words before "اليوم" that make it "the day" or a newspaper's name rather than "today". */
    static final Set<String> NOT_TODAY_BEFORE = Set.of("في", "ذلك", "هذا", "نفس", "ذات", "طوال", "طيله", "اخبار",
            "المصري", "السابع", "الي", "خلال", "حتي", "لذلك");

    /** Words after "اليوم" that make it "the day": في اليوم نفسه، اليوم التالي، اليوم الوطني. */
    static final Set<String> NOT_TODAY_AFTER = Set.of("نفسه", "ذاته", "التالي", "السابق", "الموالي", "الاول",
            "الثاني", "الاخير", "الوطني", "العالمي", "الدولي", "الذي", "التي", "الاسود", "المفتوح", "الدراسي");

    /**
     * Nouns that "العام" follows as the adjective "general/public" (الأمين العام، النائب العام،
     * الرأي العام), so that "العام الحالي/المقبل" after them is not "this/next year".
     */
    static final Set<String> GENERAL_BEFORE = Set.of("الامين", "النائب", "المدير", "المدعي", "المحامي", "الكاتب",
            "الوكيل", "المفوض", "المراقب", "المنسق", "المقرر", "المفتش", "المرشد", "القائد", "الادعاء", "الامن",
            "الراي", "القطاع", "المال", "الشان", "النظام", "الاضراب", "المؤتمر", "الجمع", "الدين", "الانفاق",
            "العفو", "المرفق", "الملك", "الحق", "الصالح", "النفع", "الذوق", "الاتحاد", "التعليم", "الاطار");

    /** @return whether a folded word, without a leading و/ف/ب/ك or with لل for ال, is in {@link #GENERAL_BEFORE} */
    static boolean generalBefore(String w) {
        if (GENERAL_BEFORE.contains(w)) {
            return true;
        }
        if (w.startsWith("لل") && GENERAL_BEFORE.contains("ا" + w.substring(1))) {
            return true;
        }
        if (w.length() > 3 && "وفبك".indexOf(w.charAt(0)) >= 0) {
            return generalBefore(w.substring(1));
        }
        return false;
    }

    /**
     * Counted nouns: a round number before one of them is a count rather than a year ("7 نونبر
     * 2000 شخص"). Their accusative forms (شخصا) are accepted too.
     */
    static final Set<String> COUNTED = Set.of("شخص", "مواطن", "مهاجر", "لاجئ", "قتيل", "جريح", "مصاب", "طفل",
            "طالب", "تلميذ", "عامل", "موظف", "مشارك", "زائر", "متظاهر", "جندي", "عنصر", "مقاتل", "معتقل", "سجين",
            "نسمه", "درهم", "دينار", "دولار", "يورو", "ريال", "جنيه", "ليره", "طن", "متر", "كلم", "كيلومتر", "هكتار",
            "لتر", "منزل", "مسكن", "سياره", "مقعد", "منصب", "صوت", "راس");

    /** @return whether the folded word is a counted noun, bare or with the accusative alef */
    static boolean counted(String w) {
        return COUNTED.contains(w) || (w.length() > 2 && w.charAt(w.length() - 1) == '\u0627'
                && COUNTED.contains(w.substring(0, w.length() - 1)));
    }

    /** Measurement words after which "1500 م" is metres, not a year. */
    static final Set<String> MEASURE_BEFORE = Set.of("سباق", "مسافه", "لمسافه", "بمسافه", "طول", "بطول",
            "ارتفاع", "بارتفاع", "عمق", "بعمق", "علو", "بعلو", "عرض", "بعرض", "مساحه", "بمساحه", "مسافات");

    enum Mod { PAST, NEXT, CURRENT }

    static final Map<String, Mod> MODIFIERS = Map.ofEntries(
            Map.entry("الماضي", Mod.PAST), Map.entry("الماضيه", Mod.PAST),
            Map.entry("المنصرم", Mod.PAST), Map.entry("المنصرمه", Mod.PAST),
            Map.entry("المنقضي", Mod.PAST), Map.entry("المنقضيه", Mod.PAST),
            Map.entry("الفارط", Mod.PAST), Map.entry("الفارطه", Mod.PAST),
            Map.entry("المقبل", Mod.NEXT), Map.entry("المقبله", Mod.NEXT),
            Map.entry("القادم", Mod.NEXT), Map.entry("القادمه", Mod.NEXT),
            Map.entry("الجاري", Mod.CURRENT), Map.entry("الجاريه", Mod.CURRENT),
            Map.entry("الحالي", Mod.CURRENT), Map.entry("الحاليه", Mod.CURRENT));

    enum Unit { DAY, WEEK, MONTH, YEAR }

    /** Period nouns after "قبل/منذ/بعد N": singular/plural (count from the number) or dual. */
    static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("يوم", Unit.DAY), Map.entry("ايام", Unit.DAY), Map.entry("يوما", Unit.DAY),
            Map.entry("اسبوع", Unit.WEEK), Map.entry("اسابيع", Unit.WEEK), Map.entry("اسبوعا", Unit.WEEK),
            Map.entry("شهر", Unit.MONTH), Map.entry("اشهر", Unit.MONTH), Map.entry("شهور", Unit.MONTH),
            Map.entry("شهرا", Unit.MONTH),
            Map.entry("سنه", Unit.YEAR), Map.entry("سنوات", Unit.YEAR), Map.entry("سنين", Unit.YEAR),
            Map.entry("عام", Unit.YEAR), Map.entry("اعوام", Unit.YEAR), Map.entry("عاما", Unit.YEAR));

    static final Set<String> SINGULAR_UNITS = Set.of("يوم", "اسبوع", "شهر", "سنه", "عام");

    static final Map<String, Unit> DUALS = Map.of("يومين", Unit.DAY, "اسبوعين", Unit.WEEK,
            "شهرين", Unit.MONTH, "سنتين", Unit.YEAR, "عامين", Unit.YEAR);

    /** "الأسبوع/الشهر/العام الماضي". */
    static final Map<String, Unit> PERIODS = Map.of("الاسبوع", Unit.WEEK, "الشهر", Unit.MONTH,
            "العام", Unit.YEAR, "السنه", Unit.YEAR);

    static final Map<String, Integer> HOURS;

    static {
        String[] h = {"الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه",
            "التاسعه", "العاشره"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < h.length; i++) {
            m.put(h[i], i + 1);
        }
        m.put("الحاديه عشره", 11);
        m.put("الثانيه عشره", 12);
        HOURS = Map.copyOf(m);
    }

    /** The part of the day after an hour: how it turns a 12-hour clock reading into 0–23. */
    enum DayPart {
        /** صباحا، فجرا: 1–11 as written, 12 is midnight. */
        MORNING,
        /** ظهرا، عصرا، زوالا، مساء: 1–11 in the afternoon or evening, 12 is noon. */
        AFTERNOON,
        /** ليلا: 6–11 in the evening, 1–5 after midnight, 12 is midnight. */
        NIGHT;

        int hour(int h) {
            switch (this) {
                case MORNING:
                    return h == 12 ? 0 : h;
                case AFTERNOON:
                    return h < 12 ? h + 12 : h;
                default:
                    return h == 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
            }
        }
    }

    static final Map<String, DayPart> DAY_PARTS = Map.of("صباحا", DayPart.MORNING, "صباح", DayPart.MORNING,
            "فجرا", DayPart.MORNING, "مساء", DayPart.AFTERNOON, "مساءا", DayPart.AFTERNOON,
            "ظهرا", DayPart.AFTERNOON, "عصرا", DayPart.AFTERNOON, "زوالا", DayPart.AFTERNOON,
            "ليلا", DayPart.NIGHT);
}
