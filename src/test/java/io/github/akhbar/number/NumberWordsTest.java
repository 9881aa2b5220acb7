package io.github.akhbar.number;

import io.github.akhbar.internal.MatchFold;
import io.github.akhbar.number.NumberWords.Entry;
import io.github.akhbar.number.NumberWords.Role;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberWordsTest {

    private static final String HEADER = "form\tvalue\trole\tgender\tsource\n";

    private static Map<String, Entry[]> parse(String table) throws Exception {
        return NumberWords.parse(new BufferedReader(new StringReader(table)));
    }

    @Test
    void bundledTableCoversEveryUnitTensAndScale() {
        List<Entry> all = NumberWords.entries();
        for (long v = 1; v <= 10; v++) {
            long value = v;
            assertTrue(all.stream().anyMatch(e -> e.role() == Role.UNIT && e.value() == value && e.gender() == 'm'));
            assertTrue(all.stream().anyMatch(e -> e.role() == Role.UNIT && e.value() == value && e.gender() == 'f'));
            assertTrue(all.stream().anyMatch(e -> e.role() == Role.ORDINAL && e.value() == value));
        }
        for (long v = 20; v <= 90; v += 10) {
            long value = v;
            assertEquals(2, all.stream().filter(e -> e.role() == Role.TENS && e.value() == value).count());
        }
        for (long v = 200; v <= 900; v += 100) {
            long value = v;
            assertTrue(all.stream().anyMatch(e -> e.role() == Role.HUNDREDS && e.value() == value));
        }
        for (long scale : new long[] {1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L}) {
            assertTrue(all.stream().anyMatch(e -> e.role() == Role.SCALE && e.value() == scale));
            assertTrue(all.stream().anyMatch(e -> e.role() == Role.SCALE_PLURAL && e.value() == scale));
        }
    }

    @Test
    void keysAreFoldedLikeTheText() {
        for (Entry e : NumberWords.entries()) {
            assertEquals(MatchFold.fold(e.form()), e.form());
            assertNotNull(NumberWords.lookup(e.form(), 0, e.form().length()));
        }
        assertNotNull(NumberWords.find(MatchFold.fold("إحدى"), Role.TEEN_HEAD));
    }

    @Test
    void brokenTablesFailWithFileAndLine() {
        IllegalStateException dup = assertThrows(IllegalStateException.class,
                () -> parse(HEADER + "ستة\t6\tUNIT\tm\tx\nستة\t6\tUNIT\tm\tx\n"));
        assertTrue(dup.getMessage().startsWith("number-words.tsv line 3: duplicate form"), dup.getMessage());
        IllegalStateException role = assertThrows(IllegalStateException.class,
                () -> parse(HEADER + "ستة\t6\tSIX\tm\tx\n"));
        assertTrue(role.getMessage().contains("line 2"), role.getMessage());
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "ستة\t6\tUNIT\tm\t\n"));
        assertThrows(IllegalStateException.class, () -> parse("# only a comment\n"));
        assertThrows(IllegalStateException.class, () -> parse("wrong\theader\n"));
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "ستة\t0\tUNIT\tm\tx\n"));
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "صفر\t1\tZERO\t-\tx\n"));
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "ستة\tsix\tUNIT\tm\tx\n"));
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "ستة\t6\tUNIT\tx\tx\n"));
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "ستة\t6\tUNIT\tm\n"));
    }

    @Test
    void zeroIsTheOnlyZeroAndFractionsHaveDenominators() throws Exception {
        assertEquals(0, parse(HEADER + "صفر\t0\tZERO\t-\tx\n").get("صفر")[0].value());
        for (Entry e : NumberWords.entries()) {
            if (e.role() == Role.ZERO) {
                assertEquals(0, e.value());
            } else {
                assertTrue(e.value() > 0, e::toString);
            }
            if (e.role() == Role.FRACTION || e.role() == Role.FRACTION_DUAL || e.role() == Role.FRACTION_PLURAL) {
                assertTrue(e.value() >= 2 && e.value() <= 10, e::toString);
            }
        }
    }

    @Test
    void sameFormMayServeTwoRoles() throws Exception {
        Map<String, Entry[]> t = parse(HEADER + "# comment\n\nعشر\t10\tUNIT\tf\tx\nعشر\t10\tTENS\t-\tx\n");
        assertEquals(2, t.get("عشر").length);
    }
}
