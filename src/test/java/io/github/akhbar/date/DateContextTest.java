package io.github.akhbar.date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.akhbar.date.DateExtractorTest.assertDate;
import static io.github.akhbar.date.DateExtractorTest.assertNoDate;

/**
 * When a word is a date: ambiguous month names, "العام" after a title, year-like counts. Every
 * rule is shown both ways, on the reference date 2024-11-08.
 */
class DateContextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an ambiguous month alone after a narrow preposition, or with شهر, a modifier, a day, a year
        "ارتفعت الأسعار في مارس      | مارس           | 2025-03",
        "وفي مارس ارتفعت الأسعار     | مارس           | 2025-03",
        "تراجع الاستهلاك خلال رمضان   | رمضان          | 2025-03-01/2025-03-29",
        "ينتهي الموسم أواخر صفر        | صفر            | 2024-08-05/2024-09-03",
        "ينظم المهرجان في ماي         | ماي            | 2024-05",
        "منذ بداية رجب                | رجب            | 2025-01-01/2025-01-30",
        "وقع الانفجار في آب           | آب             | 2024-08",
        "يعقد المؤتمر في نيسان        | نيسان          | 2025-04",
        "مع حلول محرم                 | محرم           | 2024-07-07/2024-08-04",
        "يطبق القرار اعتبارا من مارس  | مارس           | 2025-03",
        "ابتداء من رمضان              | رمضان          | 2025-03-01/2025-03-29",
        "قرر ذلك في مارس/آذار         | مارس/آذار      | 2025-03",
        "خلال شهر صفر                 | شهر صفر        | 2024-08-05/2024-09-03",
        "فشهر ماي كان الجو حارا       | ماي            | 2024-05",
        "في صفر الماضي                | صفر الماضي     | 2024-08-05/2024-09-03",
        "رحل في 3 مارس                | 3 مارس         | 2025-03-03",
        "في 4 اب 2020                 | 4 اب 2020      | 2020-08-04",
        "انتهى في اب/اغسطس            | اب/اغسطس       | 2024-08",
        "مارس 2024 كان ممطرا          | مارس 2024      | 2024-03",
        // من and إلى count for ambiguous names only inside a completed range
        "من مارس إلى ماي              | من مارس إلى ماي | 2024-03-01/2024-05-31",
        "من صفر إلى رجب               | من صفر إلى رجب  | 2024-08-05/2025-01-30",
        // ordinary names also take من، إلى، حتى
        "ابتداء من يناير              | يناير          | 2025-01",
        "أجلت الجلسة إلى يناير        | يناير          | 2025-01",
        "يستمر حتى يونيو              | يونيو          | 2024-06",
    })
    void monthNamesInADateContext(String text, String surface, String value) {
        assertDate(text, surface, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "كل من مارس السياسة يعرف ذلك",
        "الذي مارس الضغط",
        "انخفض المؤشر إلى صفر",
        "بدأ الفريق من صفر",
        "من صفر إلى 5",
        "رسالة من رجب طيب أردوغان",
        "لقاء مع ماي في لندن",
        "تحدث إلى رمضان عن الموضوع",
        "تقلص العجز حتى صفر",
        "ولد من أب مغربي",
        "في أب الأسرة",
        "وصل إلى إب اليمنية",
        "في إب",
        "اشترى سيارة نيسان",
        "من 5 إلى صفر",
        "تزامنا مع يناير",
        "قال مارس كلاما",
    })
    void ambiguousWordsOutsideADateContextAreNotDates(String text) {
        assertNoDate(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "الأمين العام الحالي للحزب",
        "المدير العام الحالي للشركة",
        "النائب العام المقبل",
        "والنائب العام الحالي",
        "كلمة للأمين العام الحالي",
        "بالنائب العام الحالي",
        "الكاتب العام المقبل للنقابة",
    })
    void generalAfterATitleIsNotAYear(String text) {
        assertNoDate(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ارتفعت الأسعار العام الماضي        | العام الماضي  | 2023",
        "نجحت الثانوية العامة العام الماضي  | العام الماضي  | 2023",
        "في العام الحالي                   | العام الحالي  | 2024",
        "خلال العام المقبل                 | العام المقبل  | 2025",
        "وقع ذلك في 24 مارس العام الماضي   | 24 مارس العام الماضي | 2023-03-24",
    })
    void yearModifiersElsewhereAreYears(String text, String surface, String value) {
        assertDate(text, surface, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "فاز في سباق 5000 م",
        "فاز في سباق 1500 م",
        "1500 م",
        "سباق 1500م",
        "على مساحة 6000م",
        "بلغ الدين 3970 م د",
        "بلغ العدد سنة 2500",
        "عاد في 2024 إلى",
        "حضر 2000 شخص",
    })
    void yearLikeCountsAreNotYears(String text) {
        assertNoDate(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ولد في 1960 م                     | 1960 م          | 1960",
        "ولد في 1960م                      | 1960م           | 1960",
        "رؤية عام 2100                      | عام 2100        | 2100",
        "تأسست سنة 1000                     | سنة 1000        | 1000",
        "تظاهر يوم 7 نونبر 2000 شخص         | 7 نونبر         | 2024-11-07",
        "اعتقلت الشرطة يوم 21 جوان 2016 شخصا | 21 جوان 2016    | 2016-06-21",
        "توفي في 31 مارس 2003 تلميذ         | 31 مارس 2003    | 2003-03-31",
    })
    void yearsStayYears(String text, String surface, String value) {
        assertDate(text, surface, value);
    }
}
