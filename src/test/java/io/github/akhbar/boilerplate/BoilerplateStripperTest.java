package io.github.akhbar.boilerplate;

import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateStripperTest {

    private static final String BODY = "أعلنت الوزارة اليوم عن برنامج جديد لدعم المقاولات الصغيرة في المناطق القروية.";

    private static Document strip(BoilerplateStripper s, String text) {
        Document doc = s.process(text);
        DocumentAssertions.assertValid(doc);
        return doc;
    }

    private static Document strip(String text) {
        return strip(BoilerplateStripper.defaults(), text);
    }

    private static List<BoilerplateMention> removed(Document doc) {
        return doc.annotations(BoilerplateMention.class);
    }

    // --- the Javadoc table, row by row ---

    @Test
    void titleRepeatIsRemovedAndTitleKept() {
        Document doc = strip("عنوان الخبر هنا\nعنوان الخبر هنا\nنص الخبر الكامل.");
        assertEquals("عنوان الخبر هنا\nنص الخبر الكامل.", doc.text());
        assertEquals(BoilerplateKind.TITLE_REPEAT, removed(doc).get(0).kind());
        assertEquals(Span.of(0, 15), doc.annotations(TitleMention.class).get(0).span());
    }

    @Test
    void relatedHeaderAndTeaserAreRemovedUntilContentResumes() {
        Document doc = strip("نص.\nاقرأ أيضا\nعنوان خبر آخر\nوقال الوزير إن الأمر محسوم");
        assertEquals("نص.\nوقال الوزير إن الأمر محسوم", doc.text());
        assertEquals(List.of("اقرأ أيضا", "rule:teaser"), removed(doc).stream().map(BoilerplateMention::cue).toList());
    }

    @Test
    void trailingNavigationGoesWithItsBlankLine() {
        Document doc = strip("نص الخبر.\n\nزر الذهاب إلى الأعلى");
        assertEquals("نص الخبر.", doc.text());
        assertEquals(BoilerplateKind.NAVIGATION, removed(doc).get(0).kind());
    }

    @Test
    void contentWithCueWordReturnsSameDocument() {
        Document in = Document.of("شارك في الاجتماع وزراء المالية.");
        assertSame(in, BoilerplateStripper.defaults().process(in));
    }

    @Test
    void htmlEntitiesAreDecodedNotRemoved() {
        Document doc = strip("نص &quot;مقتبس&quot;");
        assertEquals("نص \"مقتبس\"", doc.text());
        assertTrue(removed(doc).isEmpty());
    }

    @Test
    void nullDocumentIsRejected() {
        assertThrows(NullPointerException.class, () -> BoilerplateStripper.defaults().process((Document) null));
    }

    @Test
    void blankCueIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateStripper.builder().addCue(BoilerplateKind.SHARE, "  "));
        assertTrue(e.getMessage().contains("cue"));
    }

    @Test
    void duplicateCueFailsAtBuild() {
        BoilerplateStripper.Builder b = BoilerplateStripper.builder().addCue(BoilerplateKind.SHARE, "x")
                .addCue(BoilerplateKind.MEDIA, "x");
        assertThrows(IllegalStateException.class, b::build);
    }

    // --- cues of every kind, with regional variants ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "يمكنكم مشاركة المقال على منصتكم المفضلة | SHARE",
            "شارك | SHARE",
            "شارك المقال | SHARE",
            "اعمل شير | SHARE",
            "بارطاجي | SHARE",
            "إضافة تعليق | COMMENTS",
            "اترك تعليقاً | COMMENTS",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ * | COMMENTS",
            "عطينا رأيك | COMMENTS",
            "اقرأ أيضًا | RELATED",
            "إقرأ أيضا… | RELATED",
            "اقرأ المزيد | RELATED",
            "يمكنك ايضا ان تقرأ | RELATED",
            "مقالات ذات صلة | RELATED",
            "أخبار متعلقة: | RELATED",
            "موضوعات متعلقة | RELATED",
            "شوف حتى | RELATED",
            "اقرأ كمان | RELATED",
            "طالع أيضا | RELATED",
            "تابعونا على فيسبوك | FOLLOW",
            "تبعونا على إنستغرام | FOLLOW",
            "تابعنا على قناة الموقع على الواتساب من هنا | FOLLOW",
            "تابع الموقع على غوغل نيوز من هنا | FOLLOW",
            "https://www.facebook.com/news.page | FOLLOW",
            "@akhbar_daily | FOLLOW",
            "كتب - محمود الطباخ: | BYLINE_META",
            "كتبت ـ سلمى فؤاد: | BYLINE_META",
            "القاهرة - أ ش أ: | BYLINE_META",
            "الجزائر - واج | BYLINE_META",
            "رويترز | BYLINE_META",
            "كتب في 1 ديسمبر، 2023 - 16:45 | BYLINE_META",
            "- فيTV كلامكم, في الواجهة, مجتمع | BYLINE_META",
            "14:57 ت م | BYLINE_META",
            "رابط الخبر بصحيفة الغد: عنوان الخبر هنا | SIGNATURE",
            "زر الذهاب إلى الأعلى | NAVIGATION",
            "الرئيسية | NAVIGATION",
            "الرئيسية » أخبار » سياسة | NAVIGATION",
            "1 2 3 التالي | NAVIGATION",
            "الصفحة 2 من 5 | NAVIGATION",
            "عبّــر.كوم | SIGNATURE",
            "// انتهى // | SIGNATURE",
            "جميع الحقوق محفوظة © 2024 | LEGAL",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك | LEGAL",
            "اشترك في نشرتنا البريدية | LEGAL",
            "صورة أرشيفية | MEDIA",
            "شاهد الفيديو | MEDIA",
            "فيديو وصور. | MEDIA",
    })
    void cueLineIsRemovedWithItsKind(String line, BoilerplateKind kind) {
        String text = BODY + "\n" + line;
        Document doc = strip(text);
        assertEquals(BODY, doc.text(), line);
        List<BoilerplateMention> ms = removed(doc);
        assertEquals(1, ms.size(), line);
        assertEquals(kind, ms.get(0).kind(), line);
        assertEquals(line, ms.get(0).span().of(text));
    }

    // --- hard negatives: content lines that contain cue words stay ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتابعت الوزارة في بيانها أن العمل سيستمر.",
            "شارك في الاجتماع ممثلو النقابات والحكومة.",
            "وقال المدرب: «اقرأ المباراة جيدا وستفهم».",
            "ونشرت الصحيفة مقالا بعنوان «اقرأ أيضا قبل أن تحكم» أثار جدلا.",
            "تابع الجمهور المباراة بحماس كبير حتى صافرة النهاية.",
            "السؤال الآن: من يراقب الآلة؟",
            "وأضاف:",
            "الأهلي - الزمالك",
            "2024",
            "شاهد العيان أكد أن السيارة كانت مسرعة.",
            "المصدر الأمني قال إن التحقيق مستمر.",
    })
    void contentLineIsKept(String line) {
        String text = BODY + "\n" + BODY + "\n" + line + "\n" + BODY;
        Document doc = strip(text);
        assertEquals(text, doc.text(), line);
    }

    @Test
    void teaserRunStopsAtSentence() {
        String text = BODY + "\nأخبار متعلقة:\nعنوان أول قصير\nعنوان ثان قصير\n" + BODY;
        assertEquals(BODY + "\n" + BODY, strip(text).text());
    }

    @Test
    void counterNextToBylineIsRemovedButLoneNumberKept() {
        String text = "عنوان المقال الطويل هنا\n- في الواجهة, مجتمع\n523\n0\n" + BODY + "\n1999\n" + BODY;
        Document doc = strip(text);
        assertEquals("عنوان المقال الطويل هنا\n" + BODY + "\n1999\n" + BODY, doc.text());
        assertEquals(3, removed(doc).size());
    }

    @Test
    void reporterNameNextToBylineIsRemoved() {
        String text = "عنوان المقال الطويل هنا\n- في الواجهة, مجتمع\n12\n\nنورالدين الكاتب\n\n" + BODY;
        Document doc = strip(text);
        assertEquals("rule:byline-name", removed(doc).get(removed(doc).size() - 1).cue());
        assertTrue(doc.text().endsWith("\n" + BODY));
        assertTrue(!doc.text().contains("نورالدين"));
    }

    @Test
    void nearDuplicateTitleIsRemoved() {
        Document doc = strip("المغرب يستعد لاستضافة مؤتمر دولي في مراكش\nالمغرب يستعد لاستضافة مؤتمر دولى فى مراكش\n" + BODY);
        assertEquals(BoilerplateKind.TITLE_REPEAT, removed(doc).get(0).kind());
    }

    @Test
    void differentSubtitleIsKept() {
        String text = "المغرب يستعد لاستضافة مؤتمر دولي في مراكش\nالوفود تصل الأسبوع المقبل إلى المدينة\n" + BODY;
        assertEquals(text, strip(text).text());
    }

    @Test
    void removedLinesMapToOriginalAfterHtmlEdits() {
        String text = "&quot;عنوان&quot; &amp; <b>نص</b>\n\nشارك المقال\n" + BODY;
        Document doc = strip(text);
        assertEquals("\"عنوان\" & نص\n" + BODY, doc.text());
        assertEquals("شارك المقال", removed(doc).get(0).span().of(text));
    }

    @Test
    void numericEntitiesAreDecoded() {
        assertEquals("ا ب", strip("&#1575; &#x628;").text());
    }

    @Test
    void entitiesThatWouldMakeLinesAreLeftAlone() {
        assertEquals("a&#10;b", strip("a&#10;b").text());
    }

    @Test
    void crlfLinesAreRemovedWhole() {
        String text = BODY + "\r\nشارك\r\n" + BODY;
        Document doc = strip(text);
        assertEquals(BODY + "\r\n" + BODY, doc.text());
        assertEquals("شارك", removed(doc).get(0).span().of(text));
    }

    @Test
    void everythingBoilerplateLeavesEmptyText() {
        assertEquals("", strip("شارك\n\nاقرأ أيضا\n").text());
    }

    // --- configuration ---

    @Test
    void disabledKindIsKept() {
        BoilerplateStripper s = BoilerplateStripper.builder().disable(BoilerplateKind.SHARE).build();
        String text = BODY + "\nشارك المقال";
        assertEquals(text, strip(s, text).text());
        assertEquals(BODY, strip(s.toBuilder().enable(BoilerplateKind.SHARE).build(), text).text());
    }

    @Test
    void addedCueIsRemoved() {
        BoilerplateStripper s = BoilerplateStripper.builder().addCue(BoilerplateKind.SIGNATURE, "جريدة الغد الإلكترونية")
                .build();
        Document doc = strip(s, BODY + "\nجريدة الغد الالكترونية");
        assertEquals(BODY, doc.text());
        assertEquals("جريدة الغد الإلكترونية", removed(doc).get(0).cue());
    }

    @Test
    void aggressiveRemovesLoneNamesAtTheEdges() {
        String text = "عنوان المقال الطويل هنا\nمروة علي\n" + BODY + "\n***";
        assertEquals(text, strip(text).text());
        assertEquals("عنوان المقال الطويل هنا\n" + BODY, strip(BoilerplateStripper.aggressive(), text).text());
    }

    @Test
    void mentionAttributesAreKindAndCue() {
        BoilerplateMention m = removed(strip(BODY + "\nشارك")).get(0);
        assertEquals("removed", m.type());
        assertEquals(Map.of("kind", "share", "cue", "شارك"), m.attributes());
        assertEquals(List.of("kind", "cue"), List.copyOf(m.attributes().keySet()));
    }

    @Test
    void equalityReflectsConfiguration() {
        assertEquals(BoilerplateStripper.defaults(), BoilerplateStripper.builder().build());
        assertEquals(BoilerplateStripper.defaults().hashCode(), BoilerplateStripper.builder().build().hashCode());
        assertNotEquals(BoilerplateStripper.defaults(), BoilerplateStripper.aggressive());
        assertNotEquals(BoilerplateStripper.defaults(), BoilerplateStripper.builder().decodeHtml(false).build());
        assertEquals(BoilerplateStripper.aggressive(), BoilerplateStripper.aggressive().toBuilder().build());
    }

    @Test
    void serializationRoundTripKeepsConfigurationAndOutput() throws Exception {
        BoilerplateStripper s = BoilerplateStripper.builder().mode(BoilerplateStripper.Mode.AGGRESSIVE)
                .disable(BoilerplateKind.MEDIA).addCue(BoilerplateKind.SHARE, "انشرها").build();
        BoilerplateStripper copy = roundTrip(s);
        assertEquals(s, copy);
        String text = "عنوان المقال الطويل هنا\n" + BODY + "\nانشرها\nصورة أرشيفية";
        assertEquals(s.process(text), copy.process(text));
    }

    @Test
    void stripReturnsKeptText() {
        assertEquals(BODY, BoilerplateStripper.defaults().strip(new StringBuilder(BODY + "\nشارك")));
    }

    private static BoilerplateStripper roundTrip(BoilerplateStripper s) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (BoilerplateStripper) in.readObject();
        }
    }
}
