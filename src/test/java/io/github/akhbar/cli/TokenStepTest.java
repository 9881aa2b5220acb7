package io.github.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;

/** The CLI step {@code tokens}: annotation type "token" with its "kind", offsets into the original. */
class TokenStepTest {

    @Test
    void tokensStepWritesOneAnnotationPerTokenWithItsKind() throws IOException {
        String text = "الدورة الـ92، على الساعة 16:45 #مراكش";
        String line = MainTest.processOne(text, "tokens");
        assertTrue(line.contains("{\"type\":\"token\",\"start\":0,\"end\":6,\"text\":\"الدورة\",\"kind\":\"arabic\"}"), line);
        assertTrue(line.contains("{\"type\":\"token\",\"start\":10,\"end\":12,\"text\":\"92\",\"kind\":\"number\",\"afterMarker\":true}"), line);
        assertTrue(line.contains("\"text\":\"،\",\"kind\":\"punct\""), line);
        assertTrue(line.contains("\"text\":\"16:45\",\"kind\":\"date_time\""), line);
        assertTrue(line.contains("\"text\":\"#مراكش\",\"kind\":\"hashtag\""), line);
        assertEquals(8, count(line, "\"type\":\"token\""), line);
    }

    @Test
    void tokensAfterNormalizeKeepOriginalOffsetsAndTheMarkerLink() throws IOException {
        String text = "الـــدورة الـ92 لِلمهرجان";
        String line = MainTest.processOne(text, "normalize,tokens");
        assertTrue(line.contains("\"text\":\"الدوره ال92 للمهرجان\""), "normalized view in \"text\": " + line);
        assertTrue(line.contains("\"start\":0,\"end\":9,\"text\":\"الـــدورة\",\"kind\":\"arabic\""), line);
        assertTrue(line.contains("\"text\":\"92\",\"kind\":\"number\",\"afterMarker\":true"), line);
        assertTrue(line.contains("\"text\":\"لِلمهرجان\",\"kind\":\"arabic\""), line);
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
