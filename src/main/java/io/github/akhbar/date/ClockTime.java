package io.github.akhbar.date;

import java.time.LocalTime;

/**
 * The time of day written after a one-day date: "، 16:45", "- 16:45", "على الساعة 10:30",
 * "الساعة العاشرة صباحا", "الساعة 12 ليلا". A time on its own is never a date; it only extends
 * one. Not API.
 */
final class ClockTime {

    /** A time and the token after it. */
    record Found(LocalTime time, int next) {
    }

    private ClockTime() {
    }

    /**
     * @param k    the tokens
     * @param next the token after a one-day date
     * @return the time written from {@code next} on, or null when there is none
     */
    static Found after(Tokens k, int next) {
        int j = next;
        if (k.punct(j, ",\u060C-\u2013")) {
            j++;
        }
        if (k.is(j, "علي") || k.is(j, "في")) {
            j++;
        }
        boolean clock = false;
        if (k.is(j, "الساعه")) {
            clock = true;
            j++;
        }
        int hour;
        int minute = 0;
        if (k.isNum(j) && k.digits(j) <= 2) {
            hour = k.num(j, 2);
            j++;
            if (k.punct(j, ":") && k.adjacent(j - 1, j) && k.digits(j + 1) == 2 && k.adjacent(j, j + 1)) {
                minute = k.num(j + 1, 2);
                j += 2;
            } else if (!clock) {
                return null;
            }
        } else if (clock) {
            Integer h = k.isWord(j + 1) ? Lexicon.HOURS.get(k.word(j) + " " + k.word(j + 1)) : null;
            int used = 2; // "الثانية عشرة" before "الثانية"
            if (h == null) {
                h = Lexicon.HOURS.get(k.word(j));
                used = 1;
            }
            if (h == null) {
                return null;
            }
            hour = h;
            j += used;
        } else {
            return null;
        }
        Lexicon.DayPart part = Lexicon.DAY_PARTS.get(k.word(j));
        if (part != null) {
            if (hour < 1 || hour > 12) {
                return null; // "الساعة 16 مساء" contradicts itself
            }
            j++;
            hour = part.hour(hour);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return new Found(LocalTime.of(hour, minute), j);
    }
}
