package io.github.akhbar.date;

/**
 * How precise a {@link DateMention} is: the size of the period it names.
 *
 * <pre>
 * DAY     "7 نونبر 2024", "أمس", "من 4 إلى 7 نونبر" (a range of days)
 * WEEK    "الأسبوع الماضي"
 * MONTH   "شهر نونبر", "مارس 2024", "رمضان 1445 هـ"
 * YEAR    "سنة 2025", "العام الماضي", "1445 هـ"
 * </pre>
 *
 * @since 0.1.0
 */
public enum DatePrecision {
    /** A day or a range of days. */
    DAY,
    /** A calendar week, Monday to Sunday. */
    WEEK,
    /** A month (Gregorian, or a Hijri month given as its Gregorian days). */
    MONTH,
    /** A year (Gregorian, or a Hijri year given as its Gregorian days). */
    YEAR
}
