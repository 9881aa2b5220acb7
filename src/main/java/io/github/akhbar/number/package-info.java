/**
 * Cardinal numbers (digits of every script, number words to the trillions, percentages) and
 * ordinals ("الدورة الـ92", "الثانية والتسعين") found in Arabic news text, with exact values and
 * spans in original coordinates; see {@code docs/numbers.md}.
 *
 * <p>All parameters and return values are non-null unless documented otherwise.
 */
package io.github.akhbar.number;
