package io.github.akhbar.boilerplate;

import io.github.akhbar.testing.ArabicArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Shrinkable generators of scraped-article-like texts: content sentences, furniture lines written
 * for these tests, bare numbers, blank lines and random Arabic-ish noise, joined by line breaks.
 */
final class BoilerplateArbitraries {

    private BoilerplateArbitraries() {
    }

    static final List<String> CONTENT = List.of(
            "أعلنت الوزارة اليوم عن برنامج جديد لدعم المقاولات الصغيرة في المناطق القروية.",
            "وتابعت الوزارة في بيانها أن العمل سيستمر حتى نهاية السنة.",
            "شارك في الاجتماع ممثلو النقابات والحكومة.",
            "وقال المدرب: «اقرأ المباراة جيدا وستفهم».",
            "السؤال الآن: من يراقب الآلة؟",
            "وأضاف:",
            "ارتفاع أسعار الخضر في الأسواق الشعبية",
            "الأهلي - الزمالك");

    static final List<String> FURNITURE = List.of(
            "شارك المقال", "اقرأ أيضًا", "أخبار متعلقة:", "إضافة تعليق", "تابعونا على فيسبوك",
            "كتب - سامي فريد:", "القاهرة - أ ش أ:", "زر الذهاب إلى الأعلى", "الرئيسية » أخبار » سياسة",
            "عبّــر.كوم", "// انتهى //", "جميع الحقوق محفوظة © 2024", "صورة أرشيفية", "- في الواجهة, مجتمع",
            "يمكنكم مشاركة المقال على منصتكم المفضلة", "@akhbar_daily", "1 2 3 التالي");

    /** One line: content, furniture, a counter, a blank, or noise. */
    static Arbitrary<String> line() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(CONTENT)),
                Tuple.of(4, Arbitraries.of(FURNITURE)),
                Tuple.of(1, Arbitraries.integers().between(0, 9999).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("", " ", "\u00A0")),
                Tuple.of(2, ArabicArbitraries.arabicish(40).map(s -> s.replace('\n', ' ').replace('\r', ' '))));
    }

    /** An article of up to 16 lines, joined with {@code \n} (some with {@code \r\n}). */
    static Arbitrary<String> article() {
        return line().list().ofMaxSize(16).map(lines -> String.join("\n", lines));
    }
}
