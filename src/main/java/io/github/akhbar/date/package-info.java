/**
 * Date extraction from Arabic news text: every Arabic month system (standard, Moroccan,
 * Algerian-Tunisian, Mauritanian, Levantine, Hijri) in one pass, ranges, day words such as
 * "فاتح دجنبر", numeric dates, times, Hijri conversion and relative dates resolved against the
 * article's publication date; see {@code docs/dates.md}.
 *
 * <p>All parameters and return values are non-null unless documented otherwise.
 */
package io.github.akhbar.date;
