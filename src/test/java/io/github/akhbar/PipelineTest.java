package io.github.akhbar;

import io.github.akhbar.testing.ArabicArbitraries;
import io.github.akhbar.testing.DocumentAssertions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    /** Deletes every 'x' and annotates every 'y' in the view, mapping it to the original. */
    record DropX() implements TextProcessor {
        @Override
        public Document process(Document d) {
            TextEditor e = d.edit();
            for (int i = 0; i < d.text().length(); i++) {
                if (d.text().charAt(i) == 'x') {
                    e.delete(i, i + 1);
                }
            }
            return e.apply();
        }
    }

    record Y(Span span) implements Annotation {
        @Override
        public String type() {
            return "y";
        }
    }

    record MarkY() implements TextProcessor {
        @Override
        public Document process(Document d) {
            List<Y> ys = new java.util.ArrayList<>();
            for (int i = 0; i < d.text().length(); i++) {
                if (d.text().charAt(i) == 'y') {
                    ys.add(new Y(d.toOriginal(i, i + 1)));
                }
            }
            return d.withAnnotations(ys);
        }
    }

    @Test
    void nestedPipelinesAreFlattened() {
        TextProcessor a = new DropX();
        TextProcessor b = new MarkY();
        assertEquals(Pipeline.of(a, b, a), Pipeline.of(Pipeline.of(a, b), a));
        assertEquals(Pipeline.of(a, b), a.andThen(b));
        assertEquals(List.of(a, b), Pipeline.of(a, b).steps());
    }

    @Test
    void emptyPipelineReturnsTheDocument() {
        Document d = Document.of("abc");
        assertSame(d, Pipeline.of().process(d));
    }

    @Test
    void nullStepIsRejectedWithItsIndex() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Pipeline.of(new DropX(), null));
        assertEquals("steps[1]", e.getMessage());
    }

    @Test
    void annotationsAfterEditsPointAtTheOriginal() {
        Document d = Pipeline.of(WhitespaceCleaner.create(), new DropX(), new MarkY()).process("  xxy  a x  y ");
        assertEquals("y a  y", d.text());
        for (Y y : d.annotations(Y.class)) {
            assertEquals("y", y.span().of(d.original()));
        }
        assertEquals(2, d.annotations(Y.class).size());
        DocumentAssertions.assertValid(d);
    }

    @Property(tries = 300)
    void markedCharsAlwaysMapBackToThemselves(@ForAll("texts") String text) {
        Document d = Pipeline.of(new DropX(), WhitespaceCleaner.create(), new MarkY(), new DropX()).process(text);
        for (Y y : d.annotations(Y.class)) {
            assertEquals("y", y.span().of(d.original()));
        }
        DocumentAssertions.assertValid(d);
    }

    @Provide
    Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.strings().withChars("xy ab\n\t\r").ofMaxLength(60)
                .injectDuplicates(0.1).edgeCases(c -> c.add(""));
    }

    /** Sleeps a varying time so that workers finish out of order. */
    record Slow(AtomicInteger inFlight, AtomicInteger maxInFlight) implements TextProcessor {
        @Override
        public Document process(Document d) {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep((d.text().hashCode() & 7));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return d.edit().replace(0, 0, "+").apply();
        }
    }

    @Test
    void processAllOnThreadsKeepsInputOrderAndEqualsSequentialProcessing() {
        Pipeline p = Pipeline.of(new DropX(), new MarkY());
        List<Document> in = IntStream.range(0, 500)
                .mapToObj(i -> Document.builder("x" + i + "y".repeat(i % 5) + "x").id("d" + i).build()).toList();
        List<Document> sequential = p.processAll(in.stream()).toList();
        List<Document> parallel;
        try (Stream<Document> s = p.processAll(in.stream(), 3)) {
            parallel = s.toList();
        }
        assertEquals(sequential, parallel);
        for (int i = 0; i < in.size(); i++) {
            assertEquals("d" + i, parallel.get(i).id().orElseThrow());
            DocumentAssertions.assertValid(parallel.get(i));
        }
    }

    @Test
    void processAllBoundsTheDocumentsInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        AtomicInteger pulled = new AtomicInteger();
        Pipeline p = Pipeline.of(new Slow(inFlight, max));
        Stream<Document> lazy = IntStream.range(0, 200).mapToObj(i -> {
            pulled.incrementAndGet();
            return Document.builder("text " + i).build();
        });
        try (Stream<Document> s = p.processAll(lazy, 2)) {
            var it = s.iterator();
            for (int i = 0; i < 10; i++) {
                assertEquals("+text " + i, it.next().text());
                // the input is read ahead by at most the window (4 x threads) past what was consumed
                assertTrue(pulled.get() <= i + 1 + 8, "read ahead " + pulled.get() + " after " + (i + 1));
            }
        }
        assertTrue(max.get() <= 2, "more workers than threads: " + max.get());
    }

    /** Records the thread each document is processed on. */
    record OnThread(List<String> threads) implements TextProcessor {
        @Override
        public Document process(Document d) {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
            }
            return d;
        }
    }

    @Test
    void processAllOfAParallelStreamIsSequentialAndReadsNothingAhead() {
        AtomicInteger pulled = new AtomicInteger();
        List<String> threads = new java.util.ArrayList<>();
        Pipeline p = Pipeline.of(new OnThread(threads));
        Stream<Document> parallel = IntStream.range(0, 100).parallel().mapToObj(i -> {
            pulled.incrementAndGet();
            return Document.builder("d" + i).build();
        });
        try (Stream<Document> s = p.processAll(parallel)) {
            var it = s.iterator();
            for (int i = 0; i < 100; i++) {
                assertEquals("d" + i, it.next().text());
                assertEquals(i + 1, pulled.get(), "read ahead");
            }
        }
        assertEquals(List.of(Thread.currentThread().getName()), threads.stream().distinct().toList());
    }

    @Test
    void processAllWorkersAreDaemonThreads() {
        List<String> threads = new java.util.ArrayList<>();
        Pipeline p = Pipeline.of(new OnThread(threads));
        try (Stream<Document> s = p.processAll(Stream.of(Document.of("a"), Document.of("b")), 2)) {
            assertEquals(2, s.count());
        }
        for (String name : threads) {
            assertEquals("akhbar-pipeline", name);
        }
        boolean seen = false;
        try (Stream<Document> s = p.processAll(Stream.of(Document.of("a"), Document.of("b")), 2)) {
            s.iterator().next();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("akhbar-pipeline")) {
                    seen = true;
                    assertTrue(t.isDaemon(), "a worker would keep the JVM alive");
                }
            }
        }
        assertTrue(seen);
    }

    @Test
    void processAllRethrowsAProcessorFailureOnTheConsumingThread() {
        TextProcessor broken = d -> {
            throw new IllegalStateException("bug in a step");
        };
        Pipeline p = Pipeline.of(broken);
        try (Stream<Document> s = p.processAll(Stream.of(Document.builder("a").build()), 2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, s::toList);
            assertEquals("bug in a step", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> p.processAll(Stream.empty(), 0));
        assertThrows(NullPointerException.class, () -> p.processAll(null, 2));
    }

    @Provide
    Arbitrary<String> arabic() {
        return ArabicArbitraries.arabicish();
    }
}
