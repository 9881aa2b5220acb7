package io.github.akhbar.date;

import com.ibm.icu.util.IslamicCalendar;

/**
 * How Hijri dates are converted to Gregorian ones (via ICU4J's {@code IslamicCalendar}).
 *
 * <pre>
 * UMM_AL_QURA    the Saudi official calendar (default; tabular outside 1300–1600 AH)
 * CIVIL          arithmetic, epoch Friday 16 July 622
 * TABULAR        arithmetic, epoch Thursday 15 July 622
 * ASTRONOMICAL   ICU's astronomical approximation of the crescent
 * </pre>
 *
 * <p>Real announcements follow local moon sightings, so any of them can be a day off.
 *
 * @since 0.1.0
 */
public enum HijriCalculation {
    /** Umm al-Qura, the Saudi official calendar. */
    UMM_AL_QURA(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA),
    /** The civil (Friday epoch) tabular calendar. */
    CIVIL(IslamicCalendar.CalculationType.ISLAMIC_CIVIL),
    /** The astronomical-epoch (Thursday) tabular calendar. */
    TABULAR(IslamicCalendar.CalculationType.ISLAMIC_TBLA),
    /** ICU's astronomical calculation. */
    ASTRONOMICAL(IslamicCalendar.CalculationType.ISLAMIC);

    private final IslamicCalendar.CalculationType icu;

    HijriCalculation(IslamicCalendar.CalculationType icu) {
        this.icu = icu;
    }

    IslamicCalendar.CalculationType icu() {
        return icu;
    }
}
