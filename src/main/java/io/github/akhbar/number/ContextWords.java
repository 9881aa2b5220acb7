package io.github.akhbar.number;

import io.github.akhbar.internal.Tsv;

import io.github.akhbar.internal.MatchFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around numbers that decide how a number is read, loaded once from
 * {@code context-words.tsv} with keys folded by {@link MatchFold}. Not API.
 */
final class ContextWords {

    static final String FILE = "context-words.tsv";
    static final String HEADER = "form\tclass\tsource";

    /** What a context word tells the grammar. */
    enum Kind {
        /** A counting noun: "الـ24 ساعة" is a definite cardinal, not the 24th. */
        COUNTED_NOUN,
        /** Ends in alef like an accusative noun but never is one (هذا، كما، لها). */
        PARTICLE,
        /** A month name's first word whose second word is an ordinal (تشرين الثاني). */
        MONTH_HEAD,
        /** A group named after its size: "مجموعة العشرين" is the G20. */
        GROUP_HEAD,
        /** After an indefinite ordinal it makes a chemical name ("ثاني أكسيد الكربون"). */
        CHEMICAL,
        /** Starts like the article but is a function word, never the noun an ordinal follows (الذي، إلى). */
        FUNCTION_WORD,
        /** A plural noun that, definite before a number, is counted by it: "السنوات الثلاثين" are 30 years. */
        PLURAL_HEAD
    }

    /** One row of the table. */
    record Row(String form, Kind kind) {
    }

    private static final class Holder {
        static final List<Row> ROWS = load();
        static final RangeTable<Integer> MASKS = new RangeTable<>(masks(ROWS));
    }

    private ContextWords() {
    }

    /** @return whether the folded range {@code [from, to)} of {@code folded} is a word of this kind */
    static boolean is(String folded, int from, int to, Kind kind) {
        if (to - from < 2 || to - from > 16) {
            return false;
        }
        Integer m = Holder.MASKS.get(folded, from, to);
        return m != null && (m & 1 << kind.ordinal()) != 0;
    }

    /** @return every row, in table order (for tests) */
    static List<Row> rows() {
        return Holder.ROWS;
    }

    /** @return the kinds of a folded word (for tests) */
    static Set<Kind> kindsOf(String folded) {
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        for (Kind k : Kind.values()) {
            if (is(folded, 0, folded.length(), k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static Map<String, Integer> masks(List<Row> rows) {
        Map<String, Integer> m = new HashMap<>();
        for (Row r : rows) {
            m.merge(r.form(), 1 << r.kind().ordinal(), (a, b) -> a | b);
        }
        return m;
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        Tsv.readResource(ContextWords.class, FILE, HEADER, (line, cols) -> rows.add(row(cols, rows)));
        return List.copyOf(rows);
    }

    static List<Row> parse(BufferedReader r) throws IOException {
        List<Row> rows = new ArrayList<>();
        Tsv.read(FILE, HEADER, r, (line, cols) -> rows.add(row(cols, rows)));
        return List.copyOf(rows);
    }

    private static Row row(String[] cols, List<Row> before) {
        String form = MatchFold.fold(cols[0].strip());
        if (form.length() < 2 || form.length() > 16) {
            throw new IllegalArgumentException("form must have 2 to 16 letters");
        }
        Kind kind = Kind.valueOf(cols[1]);
        Row row = new Row(form, kind);
        if (before.contains(row)) {
            throw new IllegalArgumentException("duplicate form for class " + kind);
        }
        return row;
    }
}
