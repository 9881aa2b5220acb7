package io.github.akhbar.date;

import io.github.akhbar.internal.FoldedText;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The date grammar, run over folded text (see {@code FoldedText}). One left-to-right pass:
 * the text is cut into word, number and punctuation tokens ({@link Tokens}), then at each token
 * that may open a date the longest expression starting there is tried — relative words
 * ({@link RelativeDates}), numeric dates ({@link NumericDates}), then dates with a month name, a
 * weekday or a year cue ({@link MonthDates}); a match consumes its tokens. Linear in the text
 * length: each attempt looks at a bounded number of tokens. Not API.
 */
final class DateScanner {

    /** A match in folded coordinates, before mapping to the original. */
    record Found(int start, int end, LocalDate from, LocalDate to, DatePrecision precision, LocalTime time,
            CalendarSystem calendar, String hijri, boolean relative, boolean weekdayMismatch) {
    }

    /** A match (or null: the tokens are consumed without a date) and the token to go on from. */
    record Result(Found found, int next) {
    }

    /** References outside these years are ignored: arithmetic on them could leave LocalDate's range. */
    private static final int REF_MIN_YEAR = 1;
    private static final int REF_MAX_YEAR = 9999;

    private final Tokens k;
    private final MonthIndex months;
    private final RelativeDates relative;
    private final NumericDates numeric;
    private final MonthDates dated;

    DateScanner(CharSequence source, FoldedText folded, LocalDate ref, MonthIndex months, HijriCalculation calc) {
        this.k = new Tokens(source, folded);
        this.months = months;
        LocalDate r = ref != null && ref.getYear() >= REF_MIN_YEAR && ref.getYear() <= REF_MAX_YEAR ? ref : null;
        this.dated = new MonthDates(k, r, months, calc);
        this.numeric = new NumericDates(dated);
        this.relative = new RelativeDates(dated);
    }

    List<Found> scan() {
        List<Found> out = new ArrayList<>();
        int n = k.n;
        int t = 0;
        while (t < n) {
            Result r = null;
            if (k.type[t] == Tokens.NUM) {
                r = parseAt(t);
            } else if (k.type[t] == Tokens.WORD) {
                int kind = months.starter(k.chars, k.ts[t], k.te[t]);
                // Frequent function words (من، ما، بعد …) only open a date before a number or another starter.
                if (kind == MonthIndex.STARTER || (kind == MonthIndex.OPENER && t + 1 < n
                        && (k.type[t + 1] == Tokens.NUM || (k.type[t + 1] == Tokens.WORD
                        && months.starter(k.chars, k.ts[t + 1], k.te[t + 1]) != MonthIndex.NONE)))) {
                    r = parseAt(t);
                }
            }
            if (r == null) {
                t++;
                continue;
            }
            if (r.found != null) {
                out.add(r.found);
            }
            t = Math.max(r.next, t + 1);
        }
        return out;
    }

    private Result parseAt(int t) {
        Result r = relative.at(t);
        if (r == null) {
            r = numeric.at(t);
        }
        if (r == null) {
            r = dated.at(t);
        }
        return r;
    }
}
