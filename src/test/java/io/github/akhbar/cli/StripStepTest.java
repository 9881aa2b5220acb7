package io.github.akhbar.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI step {@code strip}: "removed" annotations with "kind" and "cue", the kept lines as "text". */
class StripStepTest {

    private static final String BODY = "أعلنت الوزارة اليوم عن برنامج جديد لدعم المقاولات الصغيرة في المناطق القروية.";

    /** One output record: its "text" and its annotations as flat string maps. */
    record Output(String text, List<Map<String, String>> annotations) {
        List<Map<String, String>> ofType(String type) {
            return annotations.stream().filter(a -> type.equals(a.get("type"))).toList();
        }
    }

    private static String record(String id, String text) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Jsonl.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("text", text);
            g.writeEndObject();
        }
        return w + "\n";
    }

    private static List<String> run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String s = out.toString(StandardCharsets.UTF_8);
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static Output parse(String line) throws IOException {
        String text = null;
        List<Map<String, String>> annotations = new ArrayList<>();
        try (JsonParser p = Jsonl.FACTORY.createParser(line)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("text")) {
                    text = p.getText();
                } else if (name.equals("annotations")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> a = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            p.nextToken();
                            a.put(field, p.getText());
                        }
                        annotations.add(a);
                    }
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
        }
        return new Output(text, annotations);
    }

    @Test
    void removedLinesAreAnnotatedWithKindAndCueAndTheTextKeepsTheRest() throws IOException {
        String article = "عنوان الخبر الرئيسي اليوم\nكتب - سامي فريد:\n" + BODY + "\nاقرأ أيضا\nعنوان خبر آخر\n"
                + "وقال الوزير إن العمل سيستمر.\n\nشارك المقال";
        List<String> lines = run(record("a1", article), "process", "--steps", "strip", "--format", "jsonl");
        assertEquals(1, lines.size());
        Output o = parse(lines.get(0));
        assertEquals("عنوان الخبر الرئيسي اليوم\n" + BODY + "\nوقال الوزير إن العمل سيستمر.", o.text());
        List<Map<String, String>> removed = o.ofType("removed");
        assertEquals(List.of("byline_meta", "related", "related", "share"), removed.stream().map(a -> a.get("kind")).toList());
        assertEquals(List.of("rule:byline", "اقرأ أيضا", "rule:teaser", "شارك المقال"),
                removed.stream().map(a -> a.get("cue")).toList());
        for (Map<String, String> a : o.annotations()) {
            int start = Integer.parseInt(a.get("start"));
            int end = Integer.parseInt(a.get("end"));
            assertEquals(article.substring(start, end), a.get("text"), "offsets point into the original");
        }
        assertEquals(List.of("كتب - سامي فريد:", "اقرأ أيضا", "عنوان خبر آخر", "شارك المقال"),
                removed.stream().map(a -> a.get("text")).toList());
        assertEquals("عنوان الخبر الرئيسي اليوم", o.ofType("title").get(0).get("text"));
        MainTest.assertOffsetsTrue(lines.get(0), article);
    }

    @Test
    void htmlLinesAreRemovedWholeAndEntitiesDecodedInTheText() throws IOException {
        String article = BODY + "\r\n<p>شارك</p>\r\nنص &quot;مقتبس&quot; هنا.";
        Output o = parse(run(record("h", article), "process", "--steps", "strip", "--format", "jsonl").get(0));
        assertEquals(BODY + "\r\nنص \"مقتبس\" هنا.", o.text());
        Map<String, String> share = o.ofType("removed").get(0);
        assertEquals("<p>شارك</p>", share.get("text"));
        assertEquals("share", share.get("kind"));
        assertEquals("شارك", share.get("cue"));
    }

    @Test
    void contentWithCueWordsPassesThroughUntouched() throws IOException {
        String article = "وتابعت الوزارة في بيانها أن العمل سيستمر.\nشارك في الاجتماع ممثلو النقابات والحكومة.";
        Output o = parse(run(record("c", article), "process", "--steps", "strip", "--format", "jsonl").get(0));
        assertEquals(article, o.text());
        assertTrue(o.ofType("removed").isEmpty(), o.annotations().toString());
    }

    @Test
    void stripWorksAlongsideOtherSteps() throws IOException {
        String article = BODY + "\nشارك المقال\n";
        Output o = parse(run(record("n", article), "process", "--steps", "whitespace,strip", "--format", "jsonl").get(0));
        assertEquals(BODY, o.text());
        assertEquals("شارك المقال", o.ofType("removed").get(0).get("cue"));
    }
}
