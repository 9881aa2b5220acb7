package io.github.akhbar.date;

import io.github.akhbar.date.Lexicon.Mod;

/**
 * A date expression as parsed, before resolution: day, month and year as written (0 = not
 * written), in the calendar of its month. Mutable, used by one scan only. Not API.
 */
final class DateParts {
    /** The first token. */
    int start;
    /** Characters of a clitic glued to the first token that stay outside the span ("وفاتح"). */
    int skip;
    /** The token after the expression. */
    int next;
    int day;
    int month;
    int year;
    boolean hijri;
    boolean monthAmbiguous;
    boolean hasMonthWord;
    boolean yearOnly;
    /** The year was taken from the reference date through another part ("7" in "7 و9 نونبر"). */
    boolean yearFromReference;
    /** The expression is a date that cannot exist (a Hijri month in a year outside the range read). */
    boolean invalid;
    /** A modifier written after the first end of a range ("من 28 نونبر الماضي إلى …"). */
    Mod mod;

    /** @return whether only a month name was written: no day, no year, no شهر */
    boolean bareMonth() {
        return month != 0 && day == 0 && year == 0 && !hasMonthWord && !yearOnly;
    }
}
