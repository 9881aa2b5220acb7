package io.github.akhbar.number;

import io.github.akhbar.internal.MatchFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** What a word does in the number grammar. */
    enum Role {
        UNIT, TEEN_HEAD, TENS, HUNDRED, HUNDREDS, SCALE, SCALE_PLURAL, SCALE_DUAL, ORDINAL, ORDINAL_TEEN_HEAD,
        FRACTION
    }

    /** One row of the table. */
    record Entry(String form, long value, Role role, char gender) {
    }

    private static final class Holder {
        static final Map<String, Entry[]> TABLE = load();
        static final RangeTable RANGES = new RangeTable(TABLE);
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

    /** Open-addressing table looked up by a char range, so scanning allocates nothing per word. */
    private static final class RangeTable {
        private final String[] keys;
        private final Entry[][] values;
        private final int mask;

        RangeTable(Map<String, Entry[]> table) {
            int cap = Integer.highestOneBit(Math.max(4, table.size() * 4)) * 2;
            keys = new String[cap];
            values = new Entry[cap][];
            mask = cap - 1;
            for (Map.Entry<String, Entry[]> e : table.entrySet()) {
                String k = e.getKey();
                int h = hash(k, 0, k.length()) & mask;
                while (keys[h] != null) {
                    h = (h + 1) & mask;
                }
                keys[h] = k;
                values[h] = e.getValue();
            }
        }

        static int hash(CharSequence s, int from, int to) {
            int h = to - from;
            for (int i = from; i < to; i++) {
                h = 31 * h + s.charAt(i);
            }
            return h ^ (h >>> 16);
        }

        Entry[] get(String s, int from, int to) {
            int h = hash(s, from, to) & mask;
            int len = to - from;
            String k;
            while ((k = keys[h]) != null) {
                if (k.length() == len && s.regionMatches(from, k, 0, len)) {
                    return values[h];
                }
                h = (h + 1) & mask;
            }
            return null;
        }
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
        InputStream in = NumberWords.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + ": bundled table missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + ": cannot read", e);
        }
    }

    static Map<String, Entry[]> parse(BufferedReader r) throws IOException {
        Map<String, Entry[]> table = new HashMap<>();
        String line;
        int no = 0;
        boolean header = false;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (!header) {
                if (!line.equals("form\tvalue\trole\tgender\tsource")) {
                    throw new IllegalStateException(FILE + " line " + no + ": bad header '" + line + "'");
                }
                header = true;
                continue;
            }
            if (cols.length != 5 || cols[4].isBlank()) {
                throw new IllegalStateException(FILE + " line " + no + ": expected 5 columns with a source");
            }
            String key = MatchFold.fold(cols[0].strip());
            Entry e;
            try {
                long value = Long.parseLong(cols[1]);
                Role role = Role.valueOf(cols[2]);
                char gender = cols[3].length() == 1 ? cols[3].charAt(0) : '?';
                if (gender != 'm' && gender != 'f' && gender != '-' || value <= 0) {
                    throw new IllegalArgumentException("gender or value");
                }
                e = new Entry(key, value, role, gender);
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(FILE + " line " + no + ": bad row '" + line + "'", ex);
            }
            if (key.isEmpty()) {
                throw new IllegalStateException(FILE + " line " + no + ": empty form");
            }
            Entry[] old = table.get(key);
            if (old == null) {
                table.put(key, new Entry[] {e});
            } else {
                for (Entry o : old) {
                    if (o.role == e.role) {
                        throw new IllegalStateException(FILE + " line " + no + ": duplicate form '" + cols[0]
                                + "' for role " + e.role);
                    }
                }
                Entry[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                grown[old.length] = e;
                table.put(key, grown);
            }
        }
        if (!header) {
            throw new IllegalStateException(FILE + " line " + no + ": no header");
        }
        return Map.copyOf(table);
    }
}
