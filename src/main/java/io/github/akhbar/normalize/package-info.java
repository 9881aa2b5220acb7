/**
 * Arabic normalization for search and display: {@link io.github.akhbar.normalize.ArabicNormalizer}
 * applies a set of independent {@link io.github.akhbar.normalize.Fold}s (alef and hamza forms,
 * teh marbuta, diacritics, digits, presentation forms, Persian look-alikes, invisible controls)
 * to strings, to {@code char[]} buffers in place, and to documents, whose offsets keep pointing
 * at the original text; see {@code docs/normalization.md}.
 *
 * <p>All parameters and return values are non-null unless documented otherwise.
 */
package io.github.akhbar.normalize;
