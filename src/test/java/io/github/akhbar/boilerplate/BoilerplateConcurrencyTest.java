package io.github.akhbar.boilerplate;

import io.github.akhbar.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One stripper shared by several threads, and its serialized copy, give the documents a single
 * thread gives, on every fixture article.
 */
class BoilerplateConcurrencyTest {

    private static final List<BoilerplateStripper> STRIPPERS = List.of(BoilerplateStripper.defaults(),
            BoilerplateStripper.aggressive(),
            BoilerplateStripper.builder().disable(BoilerplateKind.MEDIA)
                    .addCue(BoilerplateKind.SIGNATURE, "مرصد الأطلس", BoilerplateStripper.CueMatch.PREFIX).build());

    private static List<String> articles() {
        List<String> out = new ArrayList<>();
        BoilerplateFixturesTest.fixtures().forEach(f -> out.add(f.article()));
        return out;
    }

    @Test
    void sharedStripperGivesEqualDocumentsOnFourThreads() throws Exception {
        List<String> texts = articles();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (BoilerplateStripper s : STRIPPERS) {
                List<Document> expected = texts.stream().map(s::process).toList();
                List<Future<List<Document>>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    runs.add(pool.submit(() -> texts.stream().map(s::process).toList()));
                }
                for (Future<List<Document>> run : runs) {
                    assertEquals(expected, run.get(), s.toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void serializedStrippersGiveEqualDocuments() throws Exception {
        List<String> texts = articles();
        for (BoilerplateStripper s : STRIPPERS) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(s);
            }
            BoilerplateStripper copy;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                copy = (BoilerplateStripper) in.readObject();
            }
            assertEquals(s, copy);
            for (String text : texts) {
                assertEquals(s.process(text), copy.process(text));
            }
        }
    }
}
