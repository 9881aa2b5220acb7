package io.github.akhbar.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Month forms of the chosen systems keyed by their first folded word, plus the set of words that
 * can start a date expression (the scanner's cheap pre-check). Immutable; one instance per set of
 * month systems, built on first use and shared ({@link #of}). Not API.
 */
final class MonthIndex {

    /** One immutable index per subset of {@link MonthSystem}, indexed by the subset's bit mask. */
    private static final AtomicReferenceArray<MonthIndex> CACHE =
            new AtomicReferenceArray<>(1 << MonthSystem.values().length);

    /**
     * @param systems the month systems (non-empty)
     * @return the shared index of exactly these systems
     */
    static MonthIndex of(Set<MonthSystem> systems) {
        int mask = 0;
        for (MonthSystem s : systems) {
            mask |= 1 << s.ordinal();
        }
        MonthIndex m = CACHE.get(mask);
        if (m == null) {
            CACHE.compareAndSet(mask, null, new MonthIndex(systems));
            m = CACHE.get(mask);
        }
        return m;
    }

    /**
     * A month form found in the text.
     *
     * @param misspelt an {@code exact} form of the table written otherwise ("اب" for آب): a month
     *                 only with a day, a year or a second name
     */
    record Hit(int month, MonthSystem system, boolean ambiguous, int tokens, boolean misspelt) {
    }

    private final Map<String, List<MonthNames.Form>> byFirst = new HashMap<>();
    /** Frequent words that open a date only before a number or another starter. */
    private static final Set<String> OPENERS = Set.of("من", "ما", "بين", "مابين", "بعد", "قبل", "منذ", "اول", "ال", "يومي",
            "يوم", "سنه", "عام", "العام", "السنه", "لسنه", "لعام", "شهر", "لشهر", "بشهر");

    private final Set<String> starters = new HashSet<>();
    private final String[] table;
    private final int[] hashes;

    private MonthIndex(Set<MonthSystem> systems) {
        Set<MonthSystem> effective = EnumSet.copyOf(systems);
        for (MonthNames.Form form : MonthNames.forms()) {
            if (effective.contains(form.system())) {
                byFirst.computeIfAbsent(form.words().get(0), k -> new ArrayList<>()).add(form);
            }
        }
        // Inherited standard names for every chosen Gregorian system.
        if (!effective.contains(MonthSystem.STANDARD) && effective.stream().anyMatch(MonthSystem::isGregorian)) {
            for (MonthNames.Form form : MonthNames.forms()) {
                if (form.system() == MonthSystem.STANDARD) {
                    byFirst.computeIfAbsent(form.words().get(0), k -> new ArrayList<>()).add(form);
                }
            }
        }
        for (List<MonthNames.Form> l : byFirst.values()) {
            l.sort(Comparator.comparingInt((MonthNames.Form x) -> x.words().size()).reversed());
        }
        starters.addAll(byFirst.keySet());
        starters.addAll(Lexicon.WEEKDAYS.keySet());
        starters.addAll(Lexicon.FIRST_DAY);
        for (String w : Lexicon.FIRST_DAY) {
            for (String c : Lexicon.DAY_WORD_CLITICS) {
                starters.add(c + w);
            }
        }
        starters.addAll(Lexicon.MONTH_WORD);
        starters.addAll(Lexicon.YEAR_WORD);
        starters.addAll(Lexicon.PERIODS.keySet());
        for (String k : Lexicon.ORDINAL_DAYS.keySet()) {
            starters.add(k.split(" ")[0]);
        }
        starters.addAll(Lexicon.DUALS.keySet());
        starters.addAll(Lexicon.MODIFIERS.keySet());
        starters.add(Lexicon.TOMORROW_NOUN);
        starters.addAll(Lexicon.SINGULAR_UNITS);
        starters.addAll(List.of(Lexicon.DEFINITE, Lexicon.TWO_DAYS, "يوم", "اليوم", "امس", "اول", "غدا", "بعد", "قبل", "منذ", "من", "بين", "ما", "مابين"));
        table = buildTable();
        hashes = new int[table.length];
        for (int i = 0; i < table.length; i++) {
            hashes[i] = table[i] == null ? 0 : table[i].hashCode();
        }
    }

    static final int NONE = 0;
    static final int STARTER = 1;
    static final int OPENER = 2;

    /**
     * Whether a word may start a date expression, without allocating: an open-addressing table
     * of the starter words, probed with the hash of the word's region in the folded text.
     *
     * @return {@link #STARTER}, {@link #OPENER} (a frequent function word that starts a date only
     *         before a number or another starter), or {@link #NONE}
     */
    int starter(char[] folded, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + folded[i];
        }
        int mask = table.length - 1;
        for (int i = mix(h) & mask; table[i] != null; i = (i + 1) & mask) {
            String w = table[i];
            if (hashes[i] == h && w.length() == end - start && regionEquals(folded, start, w)) {
                return OPENERS.contains(w) ? OPENER : STARTER;
            }
        }
        return NONE;
    }

    private static boolean regionEquals(char[] a, int start, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (a[start + i] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private String[] buildTable() {
        int size = Integer.highestOneBit(Math.max(16, starters.size() * 4) - 1) << 1;
        String[] t = new String[size];
        for (String w : starters) {
            int i = mix(w.hashCode()) & (size - 1);
            while (t[i] != null) {
                i = (i + 1) & (size - 1);
            }
            t[i] = w;
        }
        return t;
    }

    /**
     * @return the longest month form starting at token {@code t}, or null; for a form marked
     *         {@code exact} in the table, whether the source spells it as written
     */
    Hit match(Tokens k, int t) {
        String w = k.wordOrNumber(t);
        if (w == null) {
            return null;
        }
        List<MonthNames.Form> candidates = byFirst.get(w);
        if (candidates == null) {
            return null;
        }
        for (MonthNames.Form form : candidates) {
            List<String> fw = form.words();
            boolean ok = true;
            for (int i = 1; i < fw.size() && ok; i++) {
                ok = fw.get(i).equals(k.wordOrNumber(t + i));
            }
            if (ok) {
                boolean misspelt = form.exact() && !k.spelled(t, fw.size(), form.written());
                return new Hit(form.month(), form.system(), form.ambiguous(), fw.size(), misspelt);
            }
        }
        return null;
    }
}
