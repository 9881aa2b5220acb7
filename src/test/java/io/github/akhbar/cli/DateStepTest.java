package io.github.akhbar.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code dates} step in the CLI's JSONL output: the record's {@code "date"} and {@code --ref}
 * anchor relative dates, and each attribute appears exactly when it should.
 */
class DateStepTest {

    /** Runs {@code process --steps dates --format jsonl} in-process on one JSONL line. */
    static String runDates(String jsonl, String... extra) {
        List<String> args = new ArrayList<>(List.of("process", "--steps", "dates", "--format", "jsonl", "--quiet"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                out, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    static String record(String text, String date) {
        return "{\"id\":\"r\",\"text\":\"" + text + "\"" + (date == null ? "" : ",\"date\":\"" + date + "\"") + "}\n";
    }

    /** The output line's annotations of type "date", each as its fields in output order. */
    static List<Map<String, Object>> dates(String line) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (JsonParser p = Jsonl.FACTORY.createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (!name.equals("annotations")) {
                    p.skipChildren();
                    continue;
                }
                assertEquals(JsonToken.START_ARRAY, v);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        JsonToken t = p.nextToken();
                        a.put(key, switch (t) {
                            case VALUE_NUMBER_INT -> p.getIntValue();
                            case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
                            default -> p.getText();
                        });
                    }
                    if ("date".equals(a.get("type"))) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    static Map<String, Object> onlyDate(String line) throws IOException {
        List<Map<String, Object>> all = dates(line);
        assertEquals(1, all.size(), line);
        return all.get(0);
    }

    @Test
    void recordDateDrivesRelativeResolution() throws IOException {
        Map<String, Object> d = onlyDate(runDates(record("وصل أمس إلى الرباط", "2024-11-08 10:00:00")));
        assertEquals("أمس", d.get("text"));
        assertEquals("2024-11-07", d.get("value"));
        assertEquals("2024-11-07", d.get("from"));
        assertEquals("2024-11-07", d.get("to"));
        assertEquals("day", d.get("precision"));
        assertEquals("gregorian", d.get("calendar"));
        assertEquals(Boolean.TRUE, d.get("relative"));
        assertFalse(d.containsKey("time"));
        assertFalse(d.containsKey("hijri"));
    }

    @Test
    void refIsTheFallbackAndTheRecordDateWins() throws IOException {
        Map<String, Object> fromRef = onlyDate(runDates(record("وصل أمس", null), "--ref", "2020-03-01"));
        assertEquals("2020-02-29", fromRef.get("value"));
        Map<String, Object> own = onlyDate(runDates(record("وصل أمس", "2024-11-08"), "--ref", "2020-03-01"));
        assertEquals("2024-11-07", own.get("value"));
        Map<String, Object> dayFirst = onlyDate(runDates(record("في نونبر الماضي", "17/05/2015")));
        assertEquals("2014-11", dayFirst.get("value"));
    }

    @Test
    void withoutAnyReferenceRelativeDatesHaveNoValue() throws IOException {
        Map<String, Object> d = onlyDate(runDates(record("وصل أمس", null)));
        assertEquals("أمس", d.get("text"));
        assertEquals("day", d.get("precision"));
        for (String absent : new String[] {"value", "from", "to", "relative"}) {
            assertFalse(d.containsKey(absent), absent + " in " + d);
        }
    }

    @Test
    void absoluteDatesAreNotRelative() throws IOException {
        Map<String, Object> d = onlyDate(runDates(record("في 7 نونبر 2024 بالرباط", "2024-11-08")));
        assertEquals("2024-11-07", d.get("value"));
        assertFalse(d.containsKey("relative"), d.toString());
    }

    @Test
    void rangesMonthsAndYearsCarryTheirIntervalAndPrecision() throws IOException {
        Map<String, Object> range = onlyDate(runDates(record("من 4 إلى 7 نونبر 2024", null)));
        assertEquals("2024-11-04/2024-11-07", range.get("value"));
        assertEquals("2024-11-04", range.get("from"));
        assertEquals("2024-11-07", range.get("to"));
        assertEquals("day", range.get("precision"));
        Map<String, Object> month = onlyDate(runDates(record("خلال شهر نونبر 2023", null)));
        assertEquals("2023-11", month.get("value"));
        assertEquals("month", month.get("precision"));
        Map<String, Object> week = onlyDate(runDates(record("الأسبوع الماضي", "2024-11-08")));
        assertEquals("week", week.get("precision"));
        assertEquals("2024-10-28/2024-11-03", week.get("value"));
        Map<String, Object> year = onlyDate(runDates(record("تأسس سنة 1923", null)));
        assertEquals("1923", year.get("value"));
        assertEquals("year", year.get("precision"));
    }

    @Test
    void timeAppearsOnlyWhenWritten() throws IOException {
        Map<String, Object> d = onlyDate(runDates(record("وصل أمس على الساعة 16:45", "2024-11-08")));
        assertEquals("16:45", d.get("time"));
        assertEquals("أمس على الساعة 16:45", d.get("text"));
        assertFalse(onlyDate(runDates(record("وصل يوم 7 نونبر 2024", null))).containsKey("time"));
    }

    @Test
    void hijriDatesSayTheirCalendar() throws IOException {
        Map<String, Object> d = onlyDate(runDates(record("في 15 رمضان 1445 هـ", null)));
        assertEquals("hijri", d.get("calendar"));
        assertEquals("1445-09-15", d.get("hijri"));
        assertEquals("2024-03-25", d.get("value"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "قال  المتحدث اليوم  إن اللقاء من 28 نونبر إلى فاتح دجنبر";
        String line = runDates(record(text, "2024-11-08"));
        List<Map<String, Object>> all = dates(line);
        assertEquals(2, all.size(), line);
        for (Map<String, Object> d : all) {
            int start = (Integer) d.get("start");
            int end = (Integer) d.get("end");
            assertEquals(text.substring(start, end), d.get("text"));
        }
        assertEquals("2024-11-28/2024-12-01", all.get(1).get("value"));
        assertTrue(MainTest.run(record(text, "2024-11-08"), "process", "--format", "jsonl").lines().get(0)
                .contains("\"type\":\"date\""));
    }
}
