package io.github.akhbar.number;

import io.github.akhbar.Document;
import io.github.akhbar.Pipeline;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same inputs on several threads, and after serialization, give equal documents. */
class NumberConcurrencyTest {

    private static final List<String> TEXTS = List.of(
            "شارك 96 بلدا في الدورة الـ92، وارتفع العدد 15 في المائة",
            "بلغت الميزانية ثلاثة ملايين و200 ألف درهم في الدورة الثانية والتسعين",
            "توج لويس السادس عشر ملكا، وحضر مليونين وثلاثمائة ألف شخص الحفل الأول والثاني",
            "انخفض المؤشر -2,5 بالمائة خلال الـ24 ساعة الماضية، أي نحو ١٬٢٣٤ نقطة");

    @Test
    void threadsAndSerializationAgree() throws Exception {
        Pipeline p = Pipeline.of(NumberExtractor.create(), OrdinalExtractor.create());
        List<Document> expected = new ArrayList<>();
        for (String t : TEXTS) {
            Document d = p.process(Document.of(t));
            DocumentAssertions.assertValid(d);
            expected.add(d);
        }
        Pipeline copy = DocumentAssertions.roundTrip(p);
        assertEquals(p, copy);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Document>>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                Pipeline use = k % 2 == 0 ? p : copy;
                futures.add(pool.submit(() -> {
                    List<Document> out = new ArrayList<>();
                    for (int r = 0; r < 50; r++) {
                        out.clear();
                        for (String t : TEXTS) {
                            out.add(use.process(Document.of(t)));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Document>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        for (Document d : expected) {
            assertEquals(true, d.annotations().size() >= 2, d::toString);
        }
    }
}
