package io.github.akhbar.date;

import io.github.akhbar.Annotation;
import io.github.akhbar.Span;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A date, date range or relative date found by {@link DateExtractor}.
 *
 * <ul>
 *   <li>{@code span} is in the original text and covers day words, the weekday,
 *       شهر/سنة/عام, هـ/م and relative modifiers, but not a leading preposition or clitic.</li>
 *   <li>{@code start} and {@code end} are inclusive Gregorian dates; both are {@code null} when
 *       the mention needs a reference date and none was known ({@link #isResolved()} is then
 *       false, and {@link #value()}, {@link #startDate()}, {@link #endDate()} are empty).</li>
 *   <li>{@code hijri} holds the Hijri fields ({@code "1445-09-15"}, {@code "1445-09"},
 *       {@code "1445"}; a year taken from the reference date is filled in, {@code "--09-15"}
 *       when unresolved) when the source calendar is Hijri, else {@code null}
 *       ({@link #hijriFields()} is the Optional view).</li>
 *   <li>{@code time} is {@code null} unless a time was written after a one-day date
 *       ({@link #timeOfDay()} is the Optional view).</li>
 * </ul>
 *
 * <p>The three nullable components are the only ones; the {@code Optional} accessors are the
 * null-free way to read them.
 *
 * <pre>
 * "7 نونبر 2024"          value "2024-11-07"             precision DAY
 * "من 4 إلى 7 نونبر 2024"  value "2024-11-04/2024-11-07"  precision DAY
 * "شهر مارس 2024"          value "2024-03"                precision MONTH
 * "سنة 2025"              value "2025"                   precision YEAR
 * "الأسبوع الماضي"         value "2024-10-28/2024-11-03"  precision WEEK, relative
 * "أمس" (no reference)    no value, start and end null
 * new DateMention(span, null, d, …)   IllegalArgumentException (only one end)
 * new DateMention(null, …)            NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @param span            the mention in the original text
 * @param start           first day, inclusive, or {@code null} when unresolved
 * @param end             last day, inclusive, or {@code null} when unresolved
 * @param precision       the size of the period named
 * @param time            the time of day, or {@code null}
 * @param calendar        the calendar of the source text
 * @param hijri           the Hijri fields as written, or {@code null}
 * @param relative        whether the dates were resolved against the reference date
 * @param weekdayMismatch whether a weekday was written that the date does not fall on
 * @since 0.1.0
 */
public record DateMention(Span span, LocalDate start, LocalDate end, DatePrecision precision, LocalTime time,
        CalendarSystem calendar, String hijri, boolean relative, boolean weekdayMismatch) implements Annotation {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if span, precision or calendar is null
     * @throws IllegalArgumentException if only one of start and end is null, or end is before start
     */
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(calendar, "calendar");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be set or both be null, were "
                    + start + " and " + end);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start, was " + start + "/" + end);
        }
    }

    /** @return true when the mention has dates ({@code start} and {@code end} are set) */
    public boolean isResolved() {
        return start != null;
    }

    /** @return the time of day, if one was written */
    public Optional<LocalTime> timeOfDay() {
        return Optional.ofNullable(time);
    }

    /** @return the first day, inclusive, when resolved */
    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(start);
    }

    /** @return the last day, inclusive, when resolved */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end);
    }

    /** @return the Hijri fields ({@code "1445-09-15"}) when the source calendar is Hijri */
    public Optional<String> hijriFields() {
        return Optional.ofNullable(hijri);
    }

    /**
     * The ISO 8601 value: {@code "2024-11-07"}, {@code "2024-11"}, {@code "2024"}, or an interval
     * {@code "2024-11-04/2024-11-07"} for ranges, weeks and Hijri months or years.
     *
     * @return the value, empty when unresolved
     */
    public Optional<String> value() {
        if (start == null) {
            return Optional.empty();
        }
        String iv = start + "/" + end;
        if (calendar == CalendarSystem.HIJRI && precision != DatePrecision.DAY) {
            return Optional.of(iv);
        }
        switch (precision) {
            case DAY:
                return Optional.of(start.equals(end) ? start.toString() : iv);
            case MONTH:
                boolean wholeMonth = start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()));
                return Optional.of(wholeMonth ? start.toString().substring(0, 7) : iv);
            case YEAR:
                boolean wholeYear = start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()));
                return Optional.of(wholeYear ? String.valueOf(start.getYear()) : iv);
            default:
                return Optional.of(iv);
        }
    }

    @Override
    public String type() {
        return "date";
    }

    /**
     * @return {@code value}, {@code from}, {@code to} (when resolved), {@code precision},
     *         {@code time} (when written), {@code calendar}, {@code hijri} (when Hijri),
     *         {@code relative} (when true) and {@code weekdayMismatch} (when true)
     */
    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        value().ifPresent(v -> m.put("value", v));
        if (start != null) {
            m.put("from", start.toString());
            m.put("to", end.toString());
        }
        m.put("precision", precision.name().toLowerCase(java.util.Locale.ROOT));
        if (time != null) {
            m.put("time", time.toString());
        }
        m.put("calendar", calendar.name().toLowerCase(java.util.Locale.ROOT));
        if (hijri != null) {
            m.put("hijri", hijri);
        }
        if (relative) {
            m.put("relative", Boolean.TRUE);
        }
        if (weekdayMismatch) {
            m.put("weekdayMismatch", Boolean.TRUE);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
