package io.github.akhbar.number;

import io.github.akhbar.date.MonthNames;
import io.github.akhbar.date.MonthSystem;
import io.github.akhbar.internal.MatchFold;
import io.github.akhbar.number.ContextWords.Kind;
import io.github.akhbar.number.ContextWords.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled context-words.tsv table. */
class ContextWordsTest {

    private static final String HEADER = ContextWords.HEADER + "\n";

    private static List<Row> parse(String table) throws Exception {
        return ContextWords.parse(new BufferedReader(new StringReader(table)));
    }

    @Test
    void everyClassHasRowsAndKeysAreFolded() {
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (Row r : ContextWords.rows()) {
            assertEquals(MatchFold.fold(r.form()), r.form());
            assertTrue(ContextWords.kindsOf(r.form()).contains(r.kind()), r::toString);
            seen.add(r.kind());
        }
        assertEquals(EnumSet.allOf(Kind.class), seen);
    }

    @Test
    void countedNounsAndParticlesAreNoNumberWords() {
        // a number word already counts as a counted noun; listing it again would hide a table error
        for (Row r : ContextWords.rows()) {
            if (r.kind() == Kind.COUNTED_NOUN || r.kind() == Kind.PARTICLE) {
                assertNull(NumberWords.lookup(r.form()), r::toString);
            }
        }
    }

    @Test
    void particlesEndInAlefAndCountedNounsAreNotParticles() {
        for (Row r : ContextWords.rows()) {
            if (r.kind() == Kind.PARTICLE) {
                assertTrue(r.form().endsWith("\u0627"), () -> r + " needs no PARTICLE row: only alef endings count");
                assertTrue(!ContextWords.kindsOf(r.form()).contains(Kind.COUNTED_NOUN), r::toString);
            }
        }
    }

    @Test
    void pluralHeadsAreCountingNouns() {
        for (Row r : ContextWords.rows()) {
            if (r.kind() == Kind.PLURAL_HEAD && !r.form().equals(MatchFold.fold("ثواني"))) {
                assertTrue(ContextWords.kindsOf(r.form()).contains(Kind.COUNTED_NOUN), r::toString);
            }
        }
    }

    @Test
    void everyMonthHeadStartsATwoWordMonthNameOfTheDateTables() {
        List<String> heads = Stream.of(MonthSystem.LEVANTINE, MonthSystem.HIJRI)
                .flatMap(s -> MonthNames.of(s).names().stream())
                .filter(n -> n.contains(" "))
                .map(n -> MatchFold.fold(n.substring(0, n.indexOf(' '))))
                .toList();
        for (Row r : ContextWords.rows()) {
            if (r.kind() == Kind.MONTH_HEAD) {
                assertTrue(heads.contains(r.form()), () -> r + " is not the head of any month name " + heads);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ساعة|COUNTED_NOUN", "ساعه|COUNTED_NOUN", "أيام|COUNTED_NOUN", "ايام|COUNTED_NOUN", "هذا|PARTICLE",
        "كانون|MONTH_HEAD", "جمادى|MONTH_HEAD", "جمادي|MONTH_HEAD", "مجموعة|GROUP_HEAD", "اوكسيد|CHEMICAL",
    })
    void lookupsAreFoldedLikeTheText(String form, Kind kind) {
        assertTrue(ContextWords.is(MatchFold.fold(form), 0, MatchFold.fold(form).length(), kind), form);
    }

    @Test
    void brokenTablesFailWithFileAndLine() {
        IllegalStateException dup = assertThrows(IllegalStateException.class,
                () -> parse(HEADER + "ساعة\tCOUNTED_NOUN\tx\nساعه\tCOUNTED_NOUN\ty\n"));
        assertTrue(dup.getMessage().startsWith("context-words.tsv line 3: duplicate form"), dup.getMessage());
        IllegalStateException kind = assertThrows(IllegalStateException.class, () -> parse(HEADER + "ساعة\tHOUR\tx\n"));
        assertTrue(kind.getMessage().startsWith("context-words.tsv line 2:"), kind.getMessage());
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "ساعة\tCOUNTED_NOUN\t \n"));
        assertThrows(IllegalStateException.class, () -> parse(HEADER + "س\tCOUNTED_NOUN\tx\n"));
        assertThrows(IllegalStateException.class, () -> parse("# nothing but a comment\n"));
        assertThrows(IllegalStateException.class, () -> parse("form\tkind\tsource\n"));
    }

    @Test
    void sameFormMayHaveTwoClasses() throws Exception {
        List<Row> rows = parse(HEADER + "# c\n\nدول\tCOUNTED_NOUN\tx\nدول\tGROUP_HEAD\tx\n");
        assertEquals(2, rows.size());
    }
}
