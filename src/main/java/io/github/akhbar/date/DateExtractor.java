package io.github.akhbar.date;

import io.github.akhbar.Document;
import io.github.akhbar.Span;
import io.github.akhbar.TextProcessor;
import io.github.akhbar.internal.FoldedText;

import java.io.ObjectStreamException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds dates in Arabic news text, in every month system at once, and annotates them as
 * {@link DateMention}s (the CLI's {@code dates} step).
 *
 * <ul>
 *   <li>Day month year, day month, month year, "شهر نونبر", and a year alone only with a cue
 *       (سنة، عام، م، هـ); a bare four-digit number is not a date, nor is a number before a
 *       counted noun ("2000 شخص") or after a measurement ("سباق 1500م"). Gregorian years are
 *       read between 1000 and 2199, Hijri years up to 1599.</li>
 *   <li>Month names of every {@link MonthSystem} are recognised together, including two-word
 *       Levantine and Hijri names, "كانون 2", and double naming ("نونبر (نوفمبر)",
 *       "نوفمبر/تشرين الثاني") as one date.</li>
 *   <li>A month name alone is a date only in a date context. Ambiguous names (مارس، صفر، ماي، آب،
 *       تموز، نيسان، محرم، رجب، شعبان، رمضان) need a day, a year, شهر, a following modifier
 *       (الماضي، المقبل …, "من العام الماضي") or one of في، منذ، خلال، قبل، بعد، مطلع، أواخر، أوائل،
 *       منتصف، بداية، نهاية، حلول، طيلة before them; من and إلى count for them only inside a
 *       completed range ("من مارس إلى ماي"). Other names also accept من، إلى، حتى ("ابتداء من
 *       يناير"). آب matches only with its madda (أب is "father").</li>
 *   <li>Day words فاتح، الفاتح، غرة، مطلع، مستهل mean the 1st, also with a glued و/ب/ل ("وفاتح"),
 *       which stays outside the span; ordinal days "السابع من أكتوبر".</li>
 *   <li>Ranges: "من 4 إلى 7 نونبر 2024", "ما بين 4 و7 نونبر", "4-7 نونبر", "يومي 6 و7", across
 *       months and years; the earlier end inherits the later end's month and year. Lists of
 *       consecutive days ("7 و8 نونبر") are a range; other lists give one mention per run of
 *       consecutive days ("7 و9 نونبر": 7, then 9), in the month and year of the last day.</li>
 *   <li>A weekday before a date is part of the mention; a weekday the date does not fall on is
 *       kept and flagged ({@code weekdayMismatch}).</li>
 *   <li>Numeric dates 07/11/2024, 7-11-2024, 7.11.2024 are day first; 2024-11-07 is ISO;
 *       impossible dates (31/02/2024, 31 فبراير) are not dates.</li>
 *   <li>A time after a one-day date joins the mention: "1 ديسمبر، 2023 - 16:45", "أمس على
 *       الساعة 16:45", "الخميس الماضي الساعة العاشرة صباحا"; a time alone is not a date.</li>
 *   <li>Hijri dates ("15 رمضان 1445 هـ", "1445 هـ") are converted with the configured
 *       {@link HijriCalculation}; the mention keeps the Hijri fields. A Hijri month with a year
 *       above 1599 and no هـ, or with م, is that month in a Gregorian year: "رمضان 2024" is
 *       Ramadan 1445, 2024-03-11/2024-04-09.</li>
 *   <li>Relative dates (اليوم، أمس، أول أمس، غدا، بعد غد، "الخميس الماضي"، "نونبر الماضي"،
 *       "28 نونبر الماضي"، "الأسبوع الماضي"، "قبل 3 أيام"، "منذ أسبوعين"، "العام الماضي") and dates
 *       without a year are resolved against the reference date: {@link Document#publishedOn()},
 *       else the builder's {@code referenceDate}; with neither they are reported unresolved, and
 *       so are they against a reference outside the years 1–9999. "العام الحالي" after a title
 *       ("الأمين العام الحالي") is not a date.</li>
 *   <li>Spans include day words, weekday, شهر/سنة/عام, هـ/م and modifiers, but not a leading
 *       preposition (في، منذ، خلال) or "من" outside a range.</li>
 * </ul>
 *
 * <pre>
 * reference 2024-11-08
 * "الخميس 7 نونبر 2024"          "2024-11-07"                 DAY
 * "فاتح دجنبر"                   "2024-12-01"                 DAY, relative
 * "من 28 نونبر إلى فاتح دجنبر"    "2024-11-28/2024-12-01"      DAY, relative
 * "في شهر مارس"                  "2025-03"                    MONTH, relative (nearest year)
 * "15 رمضان 1445 هـ"             "2024-03-25"                 DAY, hijri
 * "رمضان 2024"                   "2024-03-11/2024-04-09"      MONTH, hijri
 * "أمس على الساعة 16:45"          "2024-11-07", time 16:45     DAY, relative
 * "سنة 2025"                     "2025"                       YEAR
 * "مارس الضغط" "بدأ من صفر"       nothing (a verb, "zero")
 * "2000 شخص" "3-1" "3.5 في المائة" nothing
 * "31 فبراير 2024"                nothing (no such day)
 * process(null)                  NullPointerException
 * </pre>
 *
 * <p>Instances are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public final class DateExtractor implements TextProcessor {

    private static final long serialVersionUID = 1L;

    private final EnumSet<MonthSystem> monthSystems;
    private final LocalDate referenceDate;
    private final HijriCalculation hijriCalculation;
    private final transient MonthIndex index;

    private DateExtractor(Builder b) {
        this.monthSystems = EnumSet.copyOf(b.monthSystems);
        this.referenceDate = b.referenceDate;
        this.hijriCalculation = b.hijriCalculation;
        this.index = MonthIndex.of(monthSystems);
    }

    /** @return an extractor with every month system, Umm al-Qura Hijri dates and no fallback reference date */
    public static DateExtractor create() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #create()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this extractor's configuration */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.monthSystems = EnumSet.copyOf(monthSystems);
        b.referenceDate = referenceDate;
        b.hijriCalculation = hijriCalculation;
        return b;
    }

    /** @return the month systems recognised */
    public Set<MonthSystem> monthSystems() {
        return Set.copyOf(monthSystems);
    }

    /** @return the reference date used when a document has no publication date */
    public Optional<LocalDate> referenceDate() {
        return Optional.ofNullable(referenceDate);
    }

    /** @return how Hijri dates are converted */
    public HijriCalculation hijriCalculation() {
        return hijriCalculation;
    }

    @Override
    public Document process(Document document) {
        Objects.requireNonNull(document, "document");
        LocalDate ref = document.publishedOn().orElse(referenceDate);
        String view = document.text();
        FoldedText ft = FoldedText.of(view);
        List<DateScanner.Found> found = new DateScanner(view, ft, ref, index, hijriCalculation).scan();
        if (found.isEmpty()) {
            return document;
        }
        List<DateMention> out = new ArrayList<>(found.size());
        for (DateScanner.Found x : found) {
            Span s = document.toOriginal(ft.sourceStart(x.start()), extendOverMarks(view, ft.sourceEnd(x.end())));
            out.add(mention(s, x));
        }
        return document.withAnnotations(out);
    }

    /**
     * Finds the dates in a plain text.
     *
     * @param text      the text
     * @param reference the date relative expressions and dates without a year are resolved
     *                  against, or {@code null} to use the builder's reference date
     * @return the mentions in text order, with spans into {@code text}
     */
    public List<DateMention> extract(CharSequence text, LocalDate reference) {
        Objects.requireNonNull(text, "text");
        LocalDate ref = reference != null ? reference : referenceDate;
        FoldedText ft = FoldedText.of(text);
        List<DateScanner.Found> found = new DateScanner(text, ft, ref, index, hijriCalculation).scan();
        List<DateMention> out = new ArrayList<>(found.size());
        for (DateScanner.Found x : found) {
            out.add(mention(new Span(ft.sourceStart(x.start()), extendOverMarks(text, ft.sourceEnd(x.end()))), x));
        }
        return List.copyOf(out);
    }

    /**
     * Finds the dates in a plain text, resolving against the builder's reference date.
     *
     * @param text the text
     * @return the mentions in text order, with spans into {@code text}
     */
    public List<DateMention> extract(CharSequence text) {
        return extract(text, null);
    }

    /** Includes the tatweel and harakat the fold dropped after the last letter ("هـ"). */
    private static int extendOverMarks(CharSequence text, int end) {
        int e = end;
        while (e < text.length() && isMark(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isMark(char c) {
        return c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    private static DateMention mention(Span s, DateScanner.Found x) {
        return new DateMention(s, x.from(), x.to(), x.precision(), x.time(), x.calendar(), x.hijri(),
                x.relative() && x.from() != null, x.weekdayMismatch());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateExtractor d && d.monthSystems.equals(monthSystems)
                && Objects.equals(d.referenceDate, referenceDate) && d.hijriCalculation == hijriCalculation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(monthSystems, referenceDate, hijriCalculation);
    }

    @Override
    public String toString() {
        return "DateExtractor[monthSystems=" + monthSystems + ", referenceDate=" + referenceDate
                + ", hijriCalculation=" + hijriCalculation + "]";
    }

    private Object readResolve() throws ObjectStreamException {
        return toBuilder().build();
    }

    /**
     * Configures a {@link DateExtractor}.
     *
     * <pre>
     * monthSystems(MOROCCAN, STANDARD)   only these names (Gregorian systems inherit STANDARD)
     * monthSystems()                     IllegalArgumentException
 * monthSystems(MOROCCAN, MOROCCAN)   IllegalArgumentException (repeated)
     * referenceDate(2024-11-08)          fallback anchor for documents without publishedOn
     * hijriCalculation(CIVIL)            tabular Hijri conversion
     * </pre>
     */
    public static final class Builder {
        private EnumSet<MonthSystem> monthSystems = EnumSet.allOf(MonthSystem.class);
        private LocalDate referenceDate;
        private HijriCalculation hijriCalculation = HijriCalculation.UMM_AL_QURA;

        private Builder() {
        }

        /**
         * @param systems the month systems to recognise (default: all)
         * @return this builder
         * @throws IllegalArgumentException if {@code systems} is empty or names a system twice
         */
        public Builder monthSystems(MonthSystem... systems) {
            Objects.requireNonNull(systems, "systems");
            if (systems.length == 0) {
                throw new IllegalArgumentException("monthSystems must not be empty, was []");
            }
            EnumSet<MonthSystem> s = EnumSet.noneOf(MonthSystem.class);
            for (MonthSystem m : systems) {
                if (!s.add(Objects.requireNonNull(m, "system"))) {
                    throw new IllegalArgumentException("monthSystems must not repeat a system, was "
                            + java.util.Arrays.toString(systems));
                }
            }
            this.monthSystems = s;
            return this;
        }

        /**
         * @param date the anchor for documents without a publication date, or {@code null} for none
         * @return this builder
         */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /**
         * @param calculation how Hijri dates become Gregorian
         * @return this builder
         */
        public Builder hijriCalculation(HijriCalculation calculation) {
            this.hijriCalculation = Objects.requireNonNull(calculation, "calculation");
            return this;
        }

        /** @return the extractor */
        public DateExtractor build() {
            return new DateExtractor(this);
        }
    }
}
