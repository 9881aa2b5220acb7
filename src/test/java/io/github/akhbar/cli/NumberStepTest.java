package io.github.akhbar.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The numbers and ordinals steps of {@code akhbar process}, as docs/cli.md and docs/numbers.md describe them. */
class NumberStepTest {


    /** Asserts that the output line holds each JSON fragment. */
    private static void assertHas(String line, String... fragments) {
        for (String f : fragments) {
            assertTrue(line.contains(f), () -> f + " not in " + line);
        }
    }

    @Test
    void numbersCarryExactValuesAndThePercentFlag() throws IOException {
        assertHas(MainTest.processOne("بلغت الميزانية ثلاثة ملايين و200 ألف درهم ونمت 2,5 في المائة", "numbers"),
                "{\"type\":\"number\",\"start\":15,\"end\":36,\"text\":\"ثلاثة ملايين و200 ألف\",\"value\":3200000,"
                        + "\"kind\":\"mixed\",\"percent\":false}",
                "\"text\":\"2,5 في المائة\",\"value\":2.5,\"kind\":\"digits\",\"percent\":true}");
    }

    @Test
    void ordinalsCarryValueGenderAndDefiniteness() throws IOException {
        String line = MainTest.processOne("انطلقت الدورة الثانية والتسعين ثم الدورة الـ93", "ordinals");
        assertHas(line, "{\"type\":\"ordinal\",\"start\":14,\"end\":30,\"text\":\"الثانية والتسعين\",\"value\":92,"
                        + "\"gender\":\"feminine\",\"definite\":true}",
                "\"text\":\"الـ93\",\"value\":93,\"gender\":\"unspecified\",\"definite\":true}");
        assertFalse(line.contains("\"type\":\"number\""), line);
    }

    @Test
    void offsetsSurviveMarksTatweelAndPresentationForms() throws IOException {
        String text = "حضر سِتَّةٌ وَتِسْعُونَ شخصا في الدورة الــ٩٢ و\uFEA7\uFEE4\uFEB4\uFE93 في المئة";
        assertHas(MainTest.processOne(text, "numbers,ordinals"), "\"text\":\"سِتَّةٌ وَتِسْعُونَ\",\"value\":96,",
                "\"text\":\"الــ٩٢\",\"value\":92,",
                "\"text\":\"\uFEA7\uFEE4\uFEB4\uFE93 في المئة\",\"value\":5,\"kind\":\"words\",\"percent\":true}");
    }

    @Test
    void clockTimesAreNoNumbersWithOrWithoutTheDateStep() throws IOException {
        String text = "بدأ الاجتماع الساعة 16:45 بحضور 40 عضوا";
        for (String steps : new String[] {"numbers", "dates,numbers"}) {
            String line = MainTest.processOne(text, steps);
            assertHas(line, "\"text\":\"40\",\"value\":40,");
            assertFalse(line.contains("\"text\":\"16\""), line);
            assertFalse(line.contains("\"text\":\"45\""), line);
        }
    }

    @Test
    void monthNamesStayWithTheDateStep() throws IOException {
        String line = MainTest.processOne("في 3 كانون الأول 2023 فاز الفريق بالمركز الثاني", "dates,numbers,ordinals");
        assertHas(line, "\"type\":\"date\"", "\"text\":\"الثاني\",\"value\":2,\"gender\":\"masculine\"");
        assertFalse(line.contains("\"text\":\"الأول\""), line);
        assertFalse(line.contains("\"type\":\"number\""), line);
    }
}
