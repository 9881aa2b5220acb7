package io.github.akhbar.number;

import io.github.akhbar.internal.Tsv;

import io.github.akhbar.internal.MatchFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number-word lexicon, loaded once from {@code number-words.tsv} with keys folded by
 * {@link MatchFold} (the fold used at match time).
 *
 * <p>Not API: the public entry points are {@link NumberExtractor} and {@link OrdinalExtractor}.
 */
final class NumberWords {

    static final String FILE = "number-words.tsv";
    static final String HEADER = "form\tvalue\trole\tgender\tsource";

    /** What a word does in the number grammar. */
    enum Role {
        UNIT, TEEN_HEAD, TENS, HUNDRED, HUNDREDS, SCALE, SCALE_PLURAL, SCALE_DUAL, ORDINAL, ORDINAL_TEEN_HEAD,
        FRACTION, FRACTION_DUAL, FRACTION_PLURAL, ZERO
    }

    /** One row of the table. */
    record Entry(String form, long value, Role role, char gender) {
    }

    private static final class Holder {
        static final Map<String, Entry[]> TABLE = load();
        static final RangeTable<Entry[]> RANGES = new RangeTable<>(TABLE);
        static final long[] ENDINGS = endings(TABLE);
    }

    /** Bit set of the last two letters of every form: a word whose ending is absent needs no lookup. */
    private static long[] endings(Map<String, Entry[]> table) {
        long[] bits = new long[1024];
        for (String k : table.keySet()) {
            int i = endingIndex(k, k.length());
            if (i < 0) {
                throw new IllegalStateException(FILE + ": form '" + k + "' is not Arabic letters");
            }
            bits[i >>> 6] |= 1L << i;
        }
        for (String article : new String[] {"\u0627\u0644", "\u0644\u0644"}) {
            int i = endingIndex(article, 2);
            bits[i >>> 6] |= 1L << i;
        }
        return bits;
    }

    private static int endingIndex(CharSequence s, int end) {
        if (end < 2) {
            return -1;
        }
        char a = s.charAt(end - 2);
        char b = s.charAt(end - 1);
        if (a < '\u0600' || a > '\u06FF' || b < '\u0600' || b > '\u06FF') {
            return -1;
        }
        return (a - '\u0600') << 8 | (b - '\u0600');
    }

    /**
     * Cheap pre-check on a folded word [from, to): false means no number word, article or
     * clitic form of one can end like this (clitics are prefixes, so endings survive them).
     */
    static boolean mayMatch(String folded, int from, int to) {
        if (to - from < 2 || to - from > 16) {
            return false;
        }
        int i = endingIndex(folded, to);
        return i >= 0 && (Holder.ENDINGS[i >>> 6] & 1L << i) != 0;
    }

    /**
     * Looks a range of folded text up without allocating.
     *
     * @return its entries, or {@code null} when the range is no number word
     */
    static Entry[] lookup(String folded, int from, int to) {
        if (to - from < 2 || to - from > 12) {
            return null;
        }
        return Holder.RANGES.get(folded, from, to);
    }

    private NumberWords() {
    }

    /**
     * Looks a folded word up.
     *
     * @param folded the folded word
     * @return its entries, or {@code null} when the word is no number word
     */
    static Entry[] lookup(String folded) {
        return Holder.TABLE.get(folded);
    }

    /** Returns the entry of {@code folded} with {@code role}, or null. */
    static Entry find(String folded, Role role) {
        Entry[] es = Holder.TABLE.get(folded);
        if (es != null) {
            for (Entry e : es) {
                if (e.role == role) {
                    return e;
                }
            }
        }
        return null;
    }

    /** @return every entry, in table order (for tests) */
    static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        for (Entry[] es : Holder.TABLE.values()) {
            all.addAll(List.of(es));
        }
        return all;
    }

    static Map<String, Entry[]> load() {
        Map<String, Entry[]> table = new HashMap<>();
        Tsv.readResource(NumberWords.class, FILE, HEADER, (line, cols) -> add(table, cols));
        return Map.copyOf(table);
    }

    static Map<String, Entry[]> parse(BufferedReader r) throws IOException {
        Map<String, Entry[]> table = new HashMap<>();
        Tsv.read(FILE, HEADER, r, (line, cols) -> add(table, cols));
        return Map.copyOf(table);
    }

    private static void add(Map<String, Entry[]> table, String[] cols) {
        String key = MatchFold.fold(cols[0].strip());
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty form");
        }
        long value = Long.parseLong(cols[1]);
        Role role = Role.valueOf(cols[2]);
        char gender = cols[3].length() == 1 ? cols[3].charAt(0) : '?';
        if (gender != 'm' && gender != 'f' && gender != '-') {
            throw new IllegalArgumentException("gender must be m, f or -");
        }
        if (role == Role.ZERO ? value != 0 : value <= 0) {
            throw new IllegalArgumentException("value must be " + (role == Role.ZERO ? "0" : "> 0") + " for " + role);
        }
        Entry e = new Entry(key, value, role, gender);
        Entry[] old = table.get(key);
        if (old == null) {
            table.put(key, new Entry[] {e});
            return;
        }
        for (Entry o : old) {
            if (o.role == e.role) {
                throw new IllegalArgumentException("duplicate form '" + cols[0] + "' for role " + e.role);
            }
        }
        Entry[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = e;
        table.put(key, grown);
    }
}
