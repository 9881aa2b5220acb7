package io.github.akhbar.number;

import java.util.Map;

/**
 * An immutable open-addressing hash table looked up by a char range of a string, so that
 * scanning allocates nothing per word. Not API.
 *
 * @param <V> the value type
 */
final class RangeTable<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    RangeTable(Map<String, V> table) {
        int cap = Integer.highestOneBit(Math.max(4, table.size() * 4)) * 2;
        keys = new String[cap];
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<String, V> e : table.entrySet()) {
            String k = e.getKey();
            int h = hash(k, 0, k.length()) & mask;
            while (keys[h] != null) {
                h = (h + 1) & mask;
            }
            keys[h] = k;
            values[h] = e.getValue();
        }
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    /** @return the value of the key equal to {@code s[from, to)}, or null */
    @SuppressWarnings("unchecked")
    V get(String s, int from, int to) {
        int h = hash(s, from, to) & mask;
        int len = to - from;
        String k;
        while ((k = keys[h]) != null) {
            if (k.length() == len && s.regionMatches(from, k, 0, len)) {
                return (V) values[h];
            }
            h = (h + 1) & mask;
        }
        return null;
    }
}
