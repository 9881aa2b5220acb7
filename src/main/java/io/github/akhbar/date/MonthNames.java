package io.github.akhbar.date;

import io.github.akhbar.internal.Tsv;

import io.github.akhbar.internal.MatchFold;

import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The month names of one {@link MonthSystem}, read from the bundled {@code months.tsv} table.
 *
 * <ul>
 *   <li>Lookups fold their argument like the table keys ({@code MatchFold}: alef and hamza
 *       forms, ى → ي, ة → ه, harakat and tatweel dropped), so أبريل, ابريل and إبريل are one
 *       key.</li>
 *   <li>A Gregorian system other than {@code STANDARD} lists only its own names and inherits
 *       every standard one: the primary name of the months it does not name itself (Moroccan
 *       مارس, Algerian أكتوبر), and the standard spellings as alternatives (Moroccan texts
 *       write سبتمبر too).</li>
 *   <li>A form marked {@code exact} in the table (آب) is looked up only as spelled there, since
 *       its fold (اب) is also an ordinary word (أب "father").</li>
 *   <li>Two-word names are written with one space ({@code "كانون الثاني"}).</li>
 * </ul>
 *
 * <pre>
 * MonthNames.of(MOROCCAN).lookup("شتنبر")          Optional[SEPTEMBER]
 * MonthNames.of(MOROCCAN).lookup("سبتمبر")         Optional[SEPTEMBER]   (inherited)
 * MonthNames.of(LEVANTINE).lookup("كانون الثاني")  Optional[JANUARY]
 * MonthNames.of(HIJRI).number("رمضان")            OptionalInt[9]
 * MonthNames.of(HIJRI).lookup("رمضان")            Optional.empty        (not a Gregorian month)
 * MonthNames.of(STANDARD).lookup("غشت")           Optional.empty
 * MonthNames.of(LEVANTINE).lookup("أب")           Optional.empty        (آب only with its madda)
 * MonthNames.of(STANDARD).lookup(null)            NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class MonthNames {

    static final String TABLE = "months.tsv";

    /**
     * One row of the table: the form as written (harakat and tatweel removed), its folded key and
     * words, whether it is also an ordinary word ({@code ambiguous}), and whether it matches only
     * as spelled ({@code exact}: آب, whose fold اب is also أب "father").
     */
    record Form(MonthSystem system, int month, String written, String folded, List<String> words,
            boolean ambiguous, boolean exact) {
    }

    private final MonthSystem system;
    private final Map<String, Integer> byKey;
    /** Keys of the {@code exact} forms, mapped to their spelling. */
    private final Map<String, String> exact;
    private final List<String> names;

    private MonthNames(MonthSystem system, Map<String, Integer> byKey, Map<String, String> exact, List<String> names) {
        this.system = system;
        this.byKey = byKey;
        this.exact = exact;
        this.names = names;
    }

    /**
     * @param system the month system
     * @return its names
     */
    public static MonthNames of(MonthSystem system) {
        Objects.requireNonNull(system, "system");
        return Holder.TABLES.get(system);
    }

    /** @return the system these names belong to */
    public MonthSystem system() {
        return system;
    }

    /**
     * @param form a month name, in any spelling the fold reaches
     * @return the Gregorian month it names, empty for unknown forms and for {@link MonthSystem#HIJRI}
     */
    public Optional<Month> lookup(CharSequence form) {
        OptionalInt n = number(form);
        return n.isPresent() && system.isGregorian() ? Optional.of(Month.of(n.getAsInt())) : Optional.empty();
    }

    /**
     * @param form a month name, in any spelling the fold reaches (an {@code exact} form of the
     *             table, آب, only as spelled there)
     * @return its month number (1–12) in this system's calendar, if it is a name of this system
     */
    public OptionalInt number(CharSequence form) {
        Objects.requireNonNull(form, "form");
        String k = key(form);
        Integer n = byKey.get(k);
        String spelled = exact.get(k);
        if (n == null || (spelled != null && !spelled.equals(written(form)))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(n);
    }

    /** @return the twelve primary names, January (or Muharram) first */
    public List<String> names() {
        return names;
    }

    /** @return every row of the table, folded, for the extractor */
    static List<Form> forms() {
        return Holder.FORMS;
    }

    static String key(CharSequence form) {
        return String.join(" ", MatchFold.fold(form).trim().split("\\s+"));
    }

    /**
     * A form as spelled, for the {@code exact} rows: tatweel and harakat dropped, alef + U+0653
     * read as آ, whitespace runs collapsed to one space; hamza and madda are kept.
     */
    static String written(CharSequence form) {
        StringBuilder sb = new StringBuilder(form.length());
        boolean space = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == '\u0653' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\u0627') {
                sb.setCharAt(sb.length() - 1, '\u0622');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else if (!(c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670')) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "MonthNames[" + system + "]";
    }

    /** Lazy holder: the table is read once, on first use. */
    private static final class Holder {
        static final List<Form> FORMS;
        static final Map<MonthSystem, MonthNames> TABLES;

        static {
            List<Form> forms = new ArrayList<>();
            Map<MonthSystem, String[]> primary = new EnumMap<>(MonthSystem.class);
            Map<MonthSystem, Map<String, Integer>> keys = new EnumMap<>(MonthSystem.class);
            for (MonthSystem s : MonthSystem.values()) {
                primary.put(s, new String[12]);
                keys.put(s, new HashMap<>());
            }
            load(forms, primary, keys);
            Map<MonthSystem, MonthNames> tables = new EnumMap<>(MonthSystem.class);
            for (MonthSystem s : MonthSystem.values()) {
                Map<String, Integer> k = keys.get(s);
                String[] p = primary.get(s);
                if (s != MonthSystem.HIJRI && s != MonthSystem.STANDARD) {
                    String[] std = primary.get(MonthSystem.STANDARD);
                    for (int m = 0; m < 12; m++) {
                        if (p[m] == null) {
                            p[m] = std[m];
                        }
                    }
                    keys.get(MonthSystem.STANDARD).forEach(k::putIfAbsent);
                }
                for (int m = 0; m < 12; m++) {
                    if (p[m] == null) {
                        throw new IllegalStateException(TABLE + ": " + s + " has no name for month " + (m + 1));
                    }
                }
                Map<String, String> ex = new HashMap<>();
                for (Form f : forms) {
                    if (f.exact() && (f.system() == s || (f.system() == MonthSystem.STANDARD && s.isGregorian()))) {
                        ex.put(f.folded(), f.written());
                    }
                }
                tables.put(s, new MonthNames(s, Map.copyOf(k), Map.copyOf(ex), List.of(p)));
            }
            FORMS = List.copyOf(forms);
            TABLES = Collections.unmodifiableMap(tables);
        }

        private static void load(List<Form> forms, Map<MonthSystem, String[]> primary,
                Map<MonthSystem, Map<String, Integer>> keys) {
            Tsv.readResource(MonthNames.class, TABLE, "system\tmonth\tform\tstatus\tsource",
                    (no, c) -> forms.add(parse(c, no, primary, keys)));
        }

        private static Form parse(String[] c, int no, Map<MonthSystem, String[]> primary,
                Map<MonthSystem, Map<String, Integer>> keys) {
            String line = String.join("\t", c);
            MonthSystem s;
            int m;
            try {
                s = MonthSystem.valueOf(c[0]);
                m = Integer.parseInt(c[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(TABLE + " line " + no + ": bad system or month: " + line, e);
            }
            if (m < 1 || m > 12 || !(c[3].equals("approved") || c[3].equals("ambiguous") || c[3].equals("exact"))) {
                throw new IllegalStateException(TABLE + " line " + no + ": bad month or status: " + line);
            }
            String k = key(c[2]);
            if (k.isEmpty()) {
                throw new IllegalStateException(TABLE + " line " + no + ": empty form");
            }
            Integer old = keys.get(s).put(k, m);
            if (old != null) {
                throw new IllegalStateException(TABLE + " line " + no + ": duplicate form " + c[2] + " in " + s);
            }
            String[] p = primary.get(s);
            if (p[m - 1] == null) {
                p[m - 1] = c[2];
            }
            boolean exact = c[3].equals("exact");
            return new Form(s, m, written(c[2]), k, List.of(k.split(" ")), exact || c[3].equals("ambiguous"), exact);
        }
    }
}
