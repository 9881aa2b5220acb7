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
    void paragraphBreakAroundARemovedLineIsKept() {
        assertEquals("نص.\n\nنص آخر.", strip("نص.\n\nصورة أرشيفية\nنص آخر.").text());
        assertEquals("نص.\n\nنص آخر.", strip("نص.\n\nصورة أرشيفية\n\nنص آخر.").text());
        assertEquals("نص.\nنص آخر.", strip("نص.\nصورة أرشيفية\nنص آخر.").text());
        assertEquals("نص.\n\n\nنص آخر.", strip("نص.\n\n\nنص آخر.").text(), "nothing removed, nothing changed");
    }

    @Test
    void contentWithCueWordReturnsSameDocument() {
        Document in = Document.of("شارك في الاجتماع وزراء المالية.");
        assertSame(in, BoilerplateStripper.defaults().process(in));
    }

    @Test
    void aTitleAloneAddsItsMentionToTheSameText() {
        Document in = Document.of("عنوان الخبر هنا\n" + BODY);
        Document out = BoilerplateStripper.defaults().process(in);
        assertEquals(in.text(), out.text());
        assertEquals(1, out.annotations(TitleMention.class).size());
    }

    @Test
    void htmlEntitiesAreDecodedNotRemoved() {
        Document doc = strip("نص &quot;مقتبس&quot;");
        assertEquals("نص \"مقتبس\"", doc.text());
        assertTrue(removed(doc).isEmpty());
    }

    @Test
    void textEscapedTwiceIsLeftAsWritten() {
        assertEquals("&amp;lt;b&amp;gt;", strip("&amp;lt;b&amp;gt;").text());
        assertEquals("&lt;b&gt;نص", strip("&lt;b&gt;نص").text(), "decoding must not make a tag");
        assertEquals("&amp;quot;", strip("&amp;quot;").text());
        assertEquals("<3 يا وطن & أهله", strip("&lt;3 يا وطن &amp; أهله").text(), "no markup made: decoded");
    }

    @Test
    void aLineWithTagsIsRemovedWhole() {
        String text = "نص.\n<p>شارك</p>";
        Document doc = strip(text);
        assertEquals("نص.", doc.text());
        assertEquals(Span.of(4, 15), removed(doc).get(0).span());
        String crlf = "<p>شارك</p>\r\n" + BODY;
        assertEquals(Span.of(0, 11), removed(strip(crlf)).get(0).span());
    }

    @Test
    void nullDocumentIsRejected() {
        assertThrows(NullPointerException.class, () -> BoilerplateStripper.defaults().process((Document) null));
        assertThrows(NullPointerException.class, () -> BoilerplateStripper.defaults().strip(null));
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

    @Test
    void cueForADisabledKindFailsAtBuild() {
        BoilerplateStripper.Builder b = BoilerplateStripper.builder().disable(BoilerplateKind.SHARE)
                .addCue(BoilerplateKind.SHARE, "x");
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("SHARE"), e.getMessage());
    }

    // --- cues and features of every kind, with regional variants ---

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "يمكنكم مشاركة المقال على منصتكم المفضلة => SHARE",
            "شارك => SHARE",
            "شارك المقال => SHARE",
            "اعمل شير => SHARE",
            "بارطاجي => SHARE",
            "نسخ الرابط => SHARE",
            "عدد المشاهدات: 2,318 => SHARE",
            "Partager => SHARE",
            "Share => SHARE",
            "إضافة تعليق => COMMENTS",
            "اترك تعليق\u064Bا => COMMENTS",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ * => COMMENTS",
            "عطينا رأيك => COMMENTS",
            "12 تعليقات => COMMENTS",
            "Commentaires => COMMENTS",
            "اقرأ أيض\u064Bا => RELATED",
            "إقرأ أيضا… => RELATED",
            "اقرأ المزيد => RELATED",
            "يمكنك ايضا ان تقرأ => RELATED",
            "مقالات ذات صلة => RELATED",
            "أخبار متعلقة: => RELATED",
            "موضوعات متعلقة => RELATED",
            "شوف حتى => RELATED",
            "اقرأ كمان => RELATED",
            "طالع أيضا => RELATED",
            "Lire aussi => RELATED",
            "Read more => RELATED",
            "اقرأ أيضا: عنوان خبر آخر عن الاقتصاد => RELATED",
            "تابعونا على فيسبوك => FOLLOW",
            "تبعونا على إنستغرام => FOLLOW",
            "تابعنا على قناة الموقع على الواتساب من هنا => FOLLOW",
            "تابع الموقع على غوغل نيوز من هنا => FOLLOW",
            "تابعوا الجريدة على جوجل نيوز => FOLLOW",
            "اشترك في قناة الموقع على الواتساب من هنا => FOLLOW",
            "https://www.facebook.com/news.page => FOLLOW",
            "@akhbar_daily => FOLLOW",
            "صفحتنا على فيسبوك: facebook.com/akhbar => FOLLOW",
            "فيسبوك | إكس | إنستغرام => FOLLOW",
            "Follow us => FOLLOW",
            "Suivez-nous => FOLLOW",
            "كتب - سامي فريد: => BYLINE_META",
            "كتبت ـ سلمى فؤاد: => BYLINE_META",
            "كتـــب - سامي فريد: => BYLINE_META",
            "ترجمة ــ منار طارق => BYLINE_META",
            "بقلم: هشام الإدريسي => BYLINE_META",
            "بقلم ريما الحاج => BYLINE_META",
            "Par Karim Belaid => BYLINE_META",
            "(إعداد سامي فريد للنشرة العربية - تحرير منى علي) => BYLINE_META",
            "بقلم: ليلى العمراني | 10:25 => BYLINE_META",
            "القاهرة - أ ش أ: => BYLINE_META",
            "القاهرة _أ ش أ => BYLINE_META",
            "القاهرة - (أ ش أ): => BYLINE_META",
            "الجزائر - واج => BYLINE_META",
            "رويترز => BYLINE_META",
            "كتب في 6 مارس، 2025 - 12:10 => BYLINE_META",
            "نشر في: الأحد 12 ماي 2024 - 18:40 => BYLINE_META",
            "آخر تحديث: 14:30 => BYLINE_META",
            "Publié le 02/09/2024 à 10:45 => BYLINE_META",
            "الثلاثاء 3 ديسمبر 2024 => BYLINE_META",
            "الإثنين 18 نوفمبر 2024 11:20 ص => BYLINE_META",
            "- في الواجهة, مجتمع => BYLINE_META",
            "14:57 ت م => BYLINE_META",
            "رابط الخبر بصحيفة الغد: عنوان الخبر هنا => SIGNATURE",
            "زر الذهاب إلى الأعلى => NAVIGATION",
            "الرئيسية => NAVIGATION",
            "الرئيسية » أخبار » سياسة => NAVIGATION",
            "Accueil › Actualité › Politique => NAVIGATION",
            "1 2 3 التالي => NAVIGATION",
            "الصفحة 2 من 5 => NAVIGATION",
            "الكلمات الدالة: الرباط، الكتاب، القراءة => NAVIGATION",
            "Retour en haut => NAVIGATION",
            "// انتهى // => SIGNATURE",
            "المصدر: وكالات => SIGNATURE",
            "www.bawaba-example.com => SIGNATURE",
            "جميع الحقوق محفوظة © 2024 => LEGAL",
            "2024 جميع الحقوق محفوظة => LEGAL",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك توافق على ذلك. => LEGAL",
            "اشترك في نشرتنا البريدية => LEGAL",
            "Tous droits réservés © 2024 => LEGAL",
            "صورة أرشيفية => MEDIA",
            "شاهد الفيديو => MEDIA",
            "فيديو وصور. => MEDIA",
            "للمزيد شاهد الفيديو.. => MEDIA",
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

    @Test
    void voweledAndElongatedSiteNamesAndBylinesFold() {
        // the verb written with fathas, and a signature with shadda and tatweel (marks as escapes)
        String voweled = "\u0643\u064e\u062a\u064e\u0628\u064e - \u0633\u0627\u0645\u064a \u0641\u0631\u064a\u062f:";
        String signature = "\u0635\u0651\u0640\u0640\u062f\u0649.\u0643\u0648\u0645";
        for (String line : List.of(voweled, signature, "الأفق.كوم")) {
            Document doc = strip(BODY + "\n" + line);
            assertEquals(BODY, doc.text(), line);
        }
    }

    // --- hard negatives: content lines that contain cue words stay ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتابعت الوزارة في بيانها أن العمل سيستمر.",
            "شارك في الاجتماع ممثلو النقابات والحكومة.",
            "شارك عبر الفيديو أطباء من ثلاث قارات.",
            "تابعونا غدا في الجزء الثاني من هذا التحقيق.",
            "وقال المدرب: «اقرأ المباراة جيدا وستفهم».",
            "ونشرت الصحيفة مقالا بعنوان «اقرأ أيضا قبل أن تحكم» أثار جدلا.",
            "اقرأ أيضا ما كتبه الشاعر قبل أن تحكم عليه، قالها المدرب.",
            "تابع الجمهور المباراة بحماس كبير حتى صافرة النهاية.",
            "وقدمت المذيعة النشرة الإخبارية الرئيسية مساء أمس.",
            "وقدمت المذيعة النشرة الإخبارية الرئيسية مساء أمس",
            "أطلقت جوجل خدمة جوجل نيوز في المغرب.",
            "أطلقت جوجل خدمة جوجل نيوز في المغرب",
            "أرباح stc ترتفع 5%",
            "وأكد أن جميع الحقوق محفوظة للعمال.",
            "اشترك في النشرة الصحية للحملة أكثر من عشرين ألف ولي أمر.",
            "عدد المشاهدات تجاوز مليون مشاهدة في يومين.",
            "كتب الوزير رسالة إلى النقابات يدعوها فيها إلى الحوار.",
            "نشر الجيش 300 جندي على الحدود",
            "السؤال الآن: من يراقب الآلة؟",
            "وأضاف:",
            "الأهلي - الزمالك",
            "2024",
            "شاهد العيان أكد أن السيارة كانت مسرعة.",
            "المصدر الأمني قال إن التحقيق مستمر.",
            "نقلا عن مصادر مطلعة، فإن القرار سيصدر غدا.",
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
    void aQuestionOrQuoteAfterAHeaderIsKeptUnlessAggressive() {
        for (String line : List.of("هل ترتفع الأسعار الشهر المقبل؟", "كفى تأجيلا!", "«لن نقبل بالنتائج»",
                "وماذا بعد…")) {
            String text = BODY + "\nاقرأ أيض\u064Bا\n" + line + "\n" + BODY;
            assertEquals(BODY + "\n" + line + "\n" + BODY, strip(text).text(), line);
            assertEquals(BODY + "\n" + BODY, strip(BoilerplateStripper.aggressive(), text).text(), line);
        }
    }

    @Test
    void aTeaserRunStopsAtOtherFurniture() {
        String text = BODY + "\nVoir aussi\nعنوان خبر آخر\nShare\nEmail";
        List<BoilerplateMention> ms = removed(strip(text));
        assertEquals(List.of(BoilerplateKind.RELATED, BoilerplateKind.RELATED, BoilerplateKind.SHARE,
                BoilerplateKind.SHARE), ms.stream().map(BoilerplateMention::kind).toList());
        assertEquals("rule:latin-ui", ms.get(3).cue());
    }

    @Test
    void tagLinesAfterATagHeaderAreNavigation() {
        List<BoilerplateMention> ms = removed(strip(BODY + "\nالوسوم\nالتعليم\nالمدارس"));
        assertEquals(List.of("الوسوم", "rule:list", "rule:list"), ms.stream().map(BoilerplateMention::cue).toList());
        assertTrue(ms.stream().allMatch(m -> m.kind() == BoilerplateKind.NAVIGATION));
    }

    @Test
    void latinInterfaceWordsGoWithTheirNeighbourInAnArabicArticle() {
        String text = BODY + "\nشارك\nWhatsApp\nفيسبوك";
        List<BoilerplateMention> ms = removed(strip(text));
        assertEquals(3, ms.size());
        assertTrue(ms.stream().allMatch(m -> m.kind() == BoilerplateKind.SHARE));
        // a Latin line inside the body stays, and so does one with no furniture next to it
        String inside = BODY + "\nSmart Mobility Dubai\n" + BODY;
        assertEquals(inside, strip(inside).text());
        String alone = BODY + "\nSmart Mobility Dubai";
        assertEquals(alone, strip(alone).text());
        // in a French article the neighbourhood rule does not apply
        String french = "Le ministère a annoncé un nouveau programme de soutien aux petites entreprises rurales.\n"
                + "Partager\nWhatsApp";
        assertEquals(1, removed(strip(french)).size());
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
    void aOneWordLineNextToABylineIsTheSiteName() {
        String text = "عنوان المقال الطويل هنا\nكتب في 6 مارس، 2025 - 12:10 تابعوا عبر قنطرة نيوز\nقنطرة\n" + BODY;
        List<BoilerplateMention> ms = removed(strip(text));
        assertEquals(BoilerplateKind.SIGNATURE, ms.get(1).kind());
        assertEquals("rule:site-name", ms.get(1).cue());
        // a single word the byline does not name stays (a cut fragment such as "ذكرت")
        String fragment = "عنوان المقال الطويل هنا\nكتب في 6 مارس، 2025 - 12:10\nذكرت\n" + BODY;
        assertEquals(1, removed(strip(fragment)).size());
        assertEquals(2, removed(strip(BoilerplateStripper.aggressive(), fragment)).size());
    }

    @Test
    void aLoneNameIsNotATitle() {
        Document doc = strip("رضا خليل\n" + BODY);
        assertTrue(doc.annotations(TitleMention.class).isEmpty());
        assertEquals(1, strip("ارتفاع أسعار الذهب\n" + BODY).annotations(TitleMention.class).size(), "three words");
    }

    // --- title repeats: Commons Text's Levenshtein distance on folded keys, and kickers ---

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            // a changed word (one of eight), a dropped and an added word, the ى/ي and ة/ه folds
            "المغرب يستعد لاستضافة مؤتمر دولي في مراكش => المغرب يستعد لاحتضان مؤتمر دولي في مراكش => true",
            "بدء التشغيل التجريبي لمحطات المرحلة الثالثة من الخط الرابع للمترو => بدء التشغيل التجريبى لمحطات المرحلة الثالثة من الخط الرابع لمترو الأنفاق => true",
            "الحكومة تقر زيادة جديدة في أجور موظفي القطاع العام => الحكومة تقر زيادة في أجور موظفي القطاع العام => true",
            "فيديو وصور. المغرب يستعد لاستضافة مؤتمر دولي => المغرب يستعد لاستضافة مؤتمر دولي => true",
            "عاجل | الحكومة تعلن خطة جديدة للمياه => الحكومة تعلن خطة جديدة للمياه => true",
            "المغرب يستعد لاستضافة مؤتمر دولي في مراكش => الوفود تصل الأسبوع المقبل إلى المدينة => false",
            "الحكومة تعلن خطة جديدة للمياه => الحكومة تعلن خطة جديدة للطاقة والنقل => false",
            "فيديو وصور. لقاء => لقاء => false",
    })
    void similarHeadlines(String a, String b, boolean similar) {
        assertEquals(similar, LineClassifier.similar(LineKey.of(a), LineKey.of(b)), a + " / " + b);
        assertEquals(similar, LineClassifier.similar(LineKey.of(b), LineKey.of(a)), "symmetric");
    }

    @Test
    void nearDuplicateTitleWithAChangedWordIsRemoved() {
        Document doc = strip("المغرب يستعد لاستضافة مؤتمر دولي في مراكش\nالمغرب يستعد لاحتضان مؤتمر دولى فى مراكش\n" + BODY);
        assertEquals(BoilerplateKind.TITLE_REPEAT, removed(doc).get(0).kind());
    }

    @Test
    void repeatBehindADroppedKickerIsRemoved() {
        Document doc = strip("فيديو وصور. المغرب في الدورة الجديدة للجمعية العامة\n\nالمغرب في الدورة الجديدة للجمعية العامة\n" + BODY);
        assertEquals(List.of(BoilerplateKind.TITLE_REPEAT), removed(doc).stream().map(BoilerplateMention::kind).toList());
    }

    @Test
    void differentSubtitleIsKept() {
        String text = "المغرب يستعد لاستضافة مؤتمر دولي في مراكش\nالوفود تصل الأسبوع المقبل إلى المدينة\n" + BODY;
        assertEquals(text, strip(text).text());
    }

    @Test
    void aSentenceThatRepeatsTheTitleIsKept() {
        String text = "المغرب يستعد لاستضافة مؤتمر دولي في مراكش\nالمغرب يستعد لاستضافة مؤتمر دولي في مراكش.\n" + BODY;
        assertEquals(text, strip(text).text());
    }

    // --- HTML and line breaks ---

    @Test
    void removedLinesMapToOriginalAfterHtmlEdits() {
        String text = "&quot;عنوان&quot; &amp; <b>نص</b>\n\nشارك المقال\n" + BODY;
        Document doc = strip(text);
        assertEquals("\"عنوان\" & نص\n\n" + BODY, doc.text());
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
    void disabledRelatedKeepsHeaderAndTeasers() {
        BoilerplateStripper s = BoilerplateStripper.builder().kinds(List.of(BoilerplateKind.SHARE)).build();
        String text = BODY + "\nاقرأ أيضا\nعنوان خبر آخر\nشارك";
        assertEquals(BODY + "\nاقرأ أيضا\nعنوان خبر آخر", strip(s, text).text());
    }

    @Test
    void withoutHtmlDecodingEntitiesAndTagsStay() {
        BoilerplateStripper s = BoilerplateStripper.builder().decodeHtml(false).build();
        String text = "نص &quot;مقتبس&quot; <b>هنا</b>";
        assertSame(s.process(Document.of(text)).text(), s.process(Document.of(text)).original());
        assertEquals(text, strip(s, text).text());
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
    void addedPrefixCueRemovesLinesThatStartWithIt() {
        BoilerplateStripper s = BoilerplateStripper.builder()
                .addCue(BoilerplateKind.FOLLOW, "زوروا متجر الغد", BoilerplateStripper.CueMatch.PREFIX).build();
        assertEquals(BODY, strip(s, BODY + "\nزوروا متجر الغد على هاتفكم").text());
        String sentence = BODY + "\nزوروا متجر الغد واكتشفوا عروضه.";
        assertEquals(sentence, strip(s, sentence).text(), "a sentence is left alone");
        String word = BODY + "\nزوروا متجر الغدير";
        assertEquals(word, strip(s, word).text(), "on a word boundary");
    }

    @Test
    void addedHeaderCueOpensATeaserRun() {
        BoilerplateStripper s = BoilerplateStripper.builder()
                .addCue(BoilerplateKind.RELATED, "من أرشيف الغد", BoilerplateStripper.CueMatch.HEADER).build();
        Document doc = strip(s, BODY + "\nمن أرشيف الغد\nعنوان قديم عن المدينة\n" + BODY);
        assertEquals(BODY + "\n" + BODY, doc.text());
        assertEquals(List.of("من أرشيف الغد", "rule:teaser"), removed(doc).stream().map(BoilerplateMention::cue).toList());
    }

    @Test
    void aggressiveRemovesLoneNamesAtTheEdges() {
        String text = "عنوان المقال الطويل هنا\nسلمى حداد\n" + BODY + "\n***";
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
        assertNotEquals(BoilerplateStripper.builder().addCue(BoilerplateKind.SHARE, "x").build(),
                BoilerplateStripper.builder().addCue(BoilerplateKind.SHARE, "x", BoilerplateStripper.CueMatch.PREFIX).build());
        assertEquals(BoilerplateStripper.aggressive(), BoilerplateStripper.aggressive().toBuilder().build());
    }

    @Test
    void serializationRoundTripKeepsConfigurationAndOutput() throws Exception {
        BoilerplateStripper s = BoilerplateStripper.builder().mode(BoilerplateStripper.Mode.AGGRESSIVE)
                .disable(BoilerplateKind.MEDIA).addCue(BoilerplateKind.SHARE, "انشرها")
                .addCue(BoilerplateKind.RELATED, "من الأرشيف", BoilerplateStripper.CueMatch.HEADER).build();
        BoilerplateStripper copy = roundTrip(s);
        assertEquals(s, copy);
        String text = "عنوان المقال الطويل هنا\n" + BODY + "\nانشرها\nصورة أرشيفية\nمن الأرشيف\nعنوان قديم";
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
