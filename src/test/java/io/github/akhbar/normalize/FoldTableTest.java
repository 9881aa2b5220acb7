package io.github.akhbar.normalize;

import io.github.akhbar.Document;
import io.github.akhbar.testing.DocumentAssertions;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static io.github.akhbar.normalize.ArabicNormalizerTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tables behind {@link ArabicNormalizer}: their candidate ranges, the fast path, sharing. */
class FoldTableTest {

    @Test
    void everyFoldLeavesUnitsOutsideTheTableRangesAlone() {
        for (int c = 0; c < 0x10000; c++) {
            boolean inRange = false;
            for (int[] r : FoldTable.CANDIDATES) {
                inRange |= c >= r[0] && c <= r[1];
            }
            if (!inRange) {
                for (Fold f : Fold.values()) {
                    assertEquals(null, f.step((char) c), f + " changes U+" + Integer.toHexString(c));
                }
            }
        }
    }

    @Test
    void fastPathAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean
                && ((com.sun.management.ThreadMXBean) bean).isThreadAllocatedMemorySupported(), "no allocation counter");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        mx.setThreadAllocatedMemoryEnabled(true);
        ArabicNormalizer n = ArabicNormalizer.forSearch();
        String text = n.normalize("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631\u064F \u0625\u0646 \u0661\u0665 "
                + "news, 2024 \u0645\u062F\u0631\u0633\u0629 \u0628\u066B\u0628 \uD83D\uDE00\n");
        char[] buf = text.toCharArray();
        Document doc = Document.of(text);
        long sink = 0;
        for (int round = 0; round < 3; round++) { // the first rounds load classes
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < 2000; k++) {
                sink += n.normalize(buf, 0, buf.length);
                sink += n.normalize(text).length();
                sink += n.process(doc).text().length();
            }
            long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            if (round == 2) {
                assertEquals(0, allocated, "bytes allocated by 6000 fast-path calls");
            }
        }
        assertEquals(3 * 2000 * 3L * text.length(), sink);
    }

    @Test
    void normalizersWithTheSameFoldsShareOneTable() {
        ArabicNormalizer a = ArabicNormalizer.builder().folds(Fold.TATWEEL, Fold.DIGITS, Fold.ELONGATION).build();
        ArabicNormalizer b = ArabicNormalizer.builder().folds(Fold.ELONGATION, Fold.TATWEEL, Fold.DIGITS).build();
        assertSame(a.table(), b.table());
        assertSame(a.table(), DocumentAssertions.roundTrip(a).table());
        assertNotEquals(a.table(), only(Fold.TATWEEL).table());
    }

    @Test
    void tableCacheIsBoundedAndTablesPastItStillWork() {
        Fold[] all = Fold.values();
        for (int bits = 1; bits <= FoldTable.CACHE_LIMIT + 8; bits++) {
            EnumSet<Fold> set = EnumSet.noneOf(Fold.class);
            for (int f = 0; f < 6; f++) {
                if ((bits & (1 << f)) != 0) {
                    set.add(all[f + 2]); // ALEF_MAKSURA .. QURANIC_MARKS
                }
            }
            set.add(Fold.PRESENTATION_FORMS);
            ArabicNormalizer n = ArabicNormalizer.builder().folds(set).build();
            assertEquals(set.contains(Fold.TATWEEL) ? "\u0644\u0627" : "\u0644\u0640\u0627",
                    n.normalize("\u0644\u0640\uFE8E"));
        }
        assertTrue(FoldTable.cachedTables() <= FoldTable.CACHE_LIMIT, () -> FoldTable.cachedTables() + " tables kept");
    }
}
