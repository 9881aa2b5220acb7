package io.github.akhbar.date;

/**
 * The calendar a {@link DateMention} was written in; its dates are always given in the Gregorian
 * calendar.
 *
 * <pre>
 * GREGORIAN   "7 نونبر 2024", "07/11/2024", "سنة 2025", "أمس"
 * HIJRI       "15 رمضان 1445 هـ", "1445 هـ", "15/09/1445 هـ", "رمضان 2024" (a Hijri month)
 * </pre>
 *
 * @since 0.1.0
 */
public enum CalendarSystem {
    /** Gregorian months, numeric dates, Gregorian years and relative dates. */
    GREGORIAN,
    /** Hijri months, or a year or numeric date marked هـ. */
    HIJRI
}
