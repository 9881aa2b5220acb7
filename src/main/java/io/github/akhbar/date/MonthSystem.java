package io.github.akhbar.date;

/**
 * The month-naming systems used in Arabic news, all recognised at once by {@link DateExtractor}.
 *
 * <pre>
 * STANDARD            يناير … ديسمبر              Egypt, Gulf, most pan-Arab media
 * MOROCCAN            ماي يوليوز غشت شتنبر نونبر دجنبر   Morocco (CLDR ar_MA)
 * ALGERIAN_TUNISIAN   جانفي فيفري أفريل جوان جويلية أوت   Algeria, Tunisia (CLDR ar_DZ, ar_TN)
 * MAURITANIAN         إبريل أغشت شتمبر دجمبر         Mauritania (CLDR ar_MR)
 * LEVANTINE           كانون الثاني … كانون الأول       Syria, Lebanon, Jordan, Iraq, Palestine
 * HIJRI               محرم … ذو الحجة               the Islamic lunar calendar
 * </pre>
 *
 * <p>Every system but {@code HIJRI} names Gregorian months; systems other than
 * {@code STANDARD} list only the names that differ from it.
 *
 * @since 0.1.0
 */
public enum MonthSystem {
    /** The Egyptian/pan-Arab transliterations (يناير … ديسمبر). */
    STANDARD,
    /** Moroccan forms from French and Spanish (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر). */
    MOROCCAN,
    /** Algerian and Tunisian forms from French (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت). */
    ALGERIAN_TUNISIAN,
    /** Mauritanian forms (إبريل، أغشت، شتمبر، دجمبر). */
    MAURITANIAN,
    /** The Syriac-derived names of the Levant and Iraq (كانون الثاني، شباط، آذار …). */
    LEVANTINE,
    /** The Hijri (Islamic lunar) months (محرم … ذو الحجة). */
    HIJRI;

    /** @return true for the systems naming Gregorian months (all but {@link #HIJRI}) */
    public boolean isGregorian() {
        return this != HIJRI;
    }
}
