package io.github.akhbar.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.akhbar.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.github.akhbar.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI step {@code normalize} and its {@code --profile} option (docs/cli.md, docs/normalization.md). */
class NormalizeStepTest {

    /** أَحْمَد ﻻ ٢٠٢٤ إلى مدرسةٍ الـ RLM أخبار ٱلكتاب */
    private static final String TEXT = "\u0623\u064E\u062D\u0652\u0645\u064E\u062F \uFEFB \u0662\u0660\u0662\u0664 "
            + "\u0625\u0644\u0649 \u0645\u062F\u0631\u0633\u0629\u064D \u0627\u0644\u0640\u200F\u0623\u062E\u0628\u0627\u0631 "
            + "\u0671\u0644\u0643\u062A\u0627\u0628";

    private static String record(String text) {
        StringBuilder sb = new StringBuilder("{\"id\":\"n1\",\"text\":\"");
        for (int i = 0; i < text.length(); i++) {
            sb.append(String.format("\\u%04X", (int) text.charAt(i)));
        }
        return sb.append("\"}\n").toString();
    }

    /** The output record's view and its annotations' texts. */
    record Out(String text, List<String> annotationTexts) {
    }

    private static Out parse(String line) throws IOException {
        String text = null;
        List<String> texts = new ArrayList<>();
        try (JsonParser p = Jsonl.FACTORY.createParser(line)) {
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("text")) {
                    p.nextToken();
                    if (depth == 1) {
                        text = p.getText();
                    } else {
                        texts.add(p.getText());
                    }
                }
            }
        }
        return new Out(text, texts);
    }

    private static Out normalize(String text, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("process", "--format", "jsonl", "--threads", "1"));
        args.addAll(List.of(options));
        MainTest.Run r = run(record(text), args.toArray(new String[0]));
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.lines().size(), r.out());
        MainTest.assertOffsetsTrue(r.lines().get(0), text);
        return parse(r.lines().get(0));
    }

    @ParameterizedTest
    @CsvSource({"search", "display", "lucene"})
    void profileSelectsThePreset(String profile) throws IOException {
        Out out = normalize(TEXT, "--steps", "normalize", "--profile", profile);
        assertEquals(ArabicNormalizer.forProfile(profile).normalize(TEXT), out.text());
        assertEquals(List.of(), out.annotationTexts());
    }

    @Test
    void searchIsTheDefaultProfile() throws IOException {
        // احمد لا 2024 الي مدرسه الاخبار الكتاب
        assertEquals("\u0627\u062D\u0645\u062F \u0644\u0627 2024 \u0627\u0644\u064A \u0645\u062F\u0631\u0633\u0647 "
                        + "\u0627\u0644\u0627\u062E\u0628\u0627\u0631 \u0627\u0644\u0643\u062A\u0627\u0628",
                normalize(TEXT, "--steps", "normalize").text());
    }

    @Test
    void displayKeepsSpellingAndRepairsEncoding() throws IOException {
        // أَحْمَد لا ٢٠٢٤ إلى مدرسةٍ الأخبار ٱلكتاب
        assertEquals("\u0623\u064E\u062D\u0652\u0645\u064E\u062F \u0644\u0627 \u0662\u0660\u0662\u0664 "
                        + "\u0625\u0644\u0649 \u0645\u062F\u0631\u0633\u0629\u064D \u0627\u0644\u0623\u062E\u0628\u0627\u0631 "
                        + "\u0671\u0644\u0643\u062A\u0627\u0628",
                normalize(TEXT, "--steps", "normalize", "--profile", "display").text());
    }

    @Test
    void luceneAppliesOnlyLucenesRules() throws IOException {
        // احمد ﻻ ٢٠٢٤ الي مدرسه الاخبار ٱلكتاب: ligature, digits, RLM and wasla stay
        assertEquals("\u0627\u062D\u0645\u062F \uFEFB \u0662\u0660\u0662\u0664 \u0627\u0644\u064A \u0645\u062F\u0631\u0633\u0647 "
                        + "\u0627\u0644\u200F\u0627\u062E\u0628\u0627\u0631 \u0671\u0644\u0643\u062A\u0627\u0628",
                normalize(TEXT, "--steps", "normalize", "--profile", "lucene").text());
    }

    @Test
    void tokensAfterNormalizingPointAtTheNoisySurface() throws IOException {
        // الـــوزيرُ كتابﹰا: tatweel and damma inside the first word, an isolated fathatan form in the second
        String text = "\u0627\u0644\u0640\u0640\u0640\u0648\u0632\u064A\u0631\u064F \u0643\u062A\u0627\u0628\uFE70\u0627";
        Out out = normalize(text, "--steps", "normalize,tokens");
        assertEquals("\u0627\u0644\u0648\u0632\u064A\u0631 \u0643\u062A\u0627\u0628\u0627", out.text());
        assertEquals(List.of("\u0627\u0644\u0640\u0640\u0640\u0648\u0632\u064A\u0631",
                "\u0643\u062A\u0627\u0628\uFE70\u0627"), out.annotationTexts());
    }

    @Test
    void unknownProfileIsAUsageError() {
        MainTest.Run r = run(record("x"), "process", "--steps", "normalize", "--profile", "fast");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("fast"), r.err());
    }
}
