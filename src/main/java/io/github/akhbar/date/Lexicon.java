package io.github.akhbar.date;

import java.time.DayOfWeek;
import java.util.HashMap;
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

    /** Prepositions and nouns that put an ambiguous month name in a date context. */
    static final Set<String> CONTEXT = Set.of("في", "منذ", "خلال", "حتي", "قبل", "بعد", "اواخر", "اوائل",
            "منتصف", "اواسط", "نهايه", "بدايه", "مطلع", "من", "الي", "حلول", "مع", "شهر", "لشهر", "بشهر");

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

    /** Words before "اليوم" that make it "the day" or a newspaper's name rather than "today". */
    static final Set<String> NOT_TODAY_BEFORE = Set.of("في", "ذلك", "هذا", "نفس", "ذات", "طوال", "طيله", "اخبار",
            "المصري", "السابع", "الي", "خلال", "حتي", "لذلك");

    /** Words after "اليوم" that make it "the day": في اليوم نفسه، اليوم التالي، اليوم الوطني. */
    static final Set<String> NOT_TODAY_AFTER = Set.of("نفسه", "ذاته", "التالي", "السابق", "الموالي", "الاول",
            "الثاني", "الاخير", "الوطني", "العالمي", "الدولي", "الذي", "التي", "الاسود", "المفتوح", "الدراسي");

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

    /** Day parts after an hour: true for afternoon/evening (add 12 hours). */
    static final Map<String, Boolean> DAY_PARTS = Map.of("صباحا", false, "صباح", false, "فجرا", false,
            "مساء", true, "مساءا", true, "ليلا", true, "ظهرا", true, "عصرا", true);
}
