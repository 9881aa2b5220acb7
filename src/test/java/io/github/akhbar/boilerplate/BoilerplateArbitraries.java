package io.github.akhbar.boilerplate;

import io.github.akhbar.testing.ArabicArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Shrinkable generators of scraped-article-like texts: content sentences, furniture lines written
 * for these tests, bare numbers, blank lines and random Arabic-ish noise, some wrapped in HTML tags
 * or carrying entities, joined by {@code \n} or {@code \r\n}.
 */
final class BoilerplateArbitraries {

    private BoilerplateArbitraries() {
    }

    static final List<String> CONTENT = List.of(
            "أعلنت الوزارة اليوم عن برنامج جديد لدعم المقاولات الصغيرة في المناطق القروية.",
            "وتابعت الوزارة في بيانها أن العمل سيستمر حتى نهاية السنة.",
            "شارك في الاجتماع ممثلو النقابات والحكومة.",
            "شارك عبر الفيديو أطباء من ثلاث قارات.",
            "وقال المدرب: «اقرأ المباراة جيدا وستفهم».",
            "وقدمت المذيعة النشرة الإخبارية الرئيسية مساء أمس.",
            "أطلقت جوجل خدمة جوجل نيوز في المغرب.",
            "تابعونا غدا في الجزء الثاني من هذا التحقيق.",
            "السؤال الآن: من يراقب الآلة؟",
            "وأضاف:",
            "ارتفاع أسعار الخضر في الأسواق الشعبية",
            "أرباح stc ترتفع 5%",
            "الأهلي - الزمالك",
            "Smart Mobility Dubai");

    static final List<String> FURNITURE = List.of(
            "شارك المقال", "اقرأ أيض\u064Bا", "أخبار متعلقة:", "إضافة تعليق", "تابعونا على فيسبوك",
            "كتب - سامي فريد:", "كتـــب - سامي فريد:", "القاهرة - أ ش أ:", "زر الذهاب إلى الأعلى",
            "الرئيسية » أخبار » سياسة", "عبــر.كوم", "// انتهى //", "جميع الحقوق محفوظة © 2024", "صورة أرشيفية",
            "- في الواجهة, مجتمع", "يمكنكم مشاركة المقال على منصاتكم", "@akhbar_daily", "1 2 3 التالي",
            "Partager", "Lire aussi", "Tweet", "الثلاثاء 3 ديسمبر 2024", "تابع الموقع على غوغل نيوز من هنا");

    /** One line: content, furniture, a counter, a blank, or noise. */
    static Arbitrary<String> plainLine() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(CONTENT)),
                Tuple.of(4, Arbitraries.of(FURNITURE)),
                Tuple.of(1, Arbitraries.integers().between(0, 9999).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("", " ", "\u00A0")),
                Tuple.of(2, ArabicArbitraries.arabicish(40).map(s -> s.replace('\n', ' ').replace('\r', ' '))));
    }

    /** A line, sometimes wrapped in tags or carrying HTML entities. */
    static Arbitrary<String> line() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, plainLine()),
                Tuple.of(1, plainLine().map(l -> "<p>" + l + "</p>")),
                Tuple.of(1, plainLine().map(l -> l.replaceFirst(" ", "&nbsp;"))),
                Tuple.of(1, plainLine().map(l -> "&quot;" + l + "&quot; &#1575;")),
                Tuple.of(1, plainLine().map(l -> "<a href=\"https://example.org/x\">" + l + "</a> &amp; <br/>")));
    }

    /** A line and the break after it. */
    static Arbitrary<String> lineWithBreak() {
        return Combinators.combine(line(), Arbitraries.frequency(Tuple.of(4, "\n"), Tuple.of(1, "\r\n")))
                .as((l, eol) -> l + eol);
    }

    /** An article of up to 16 lines, each ending in {@code \n} or {@code \r\n} (the last one may have none). */
    static Arbitrary<String> article() {
        return Combinators.combine(lineWithBreak().list().ofMaxSize(15), line())
                .as((lines, last) -> String.join("", lines) + last);
    }
}
