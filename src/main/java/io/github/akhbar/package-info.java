/**
 * The Akhbar document model: {@link io.github.akhbar.Document}, {@link io.github.akhbar.Span},
 * {@link io.github.akhbar.OffsetMap}, {@link io.github.akhbar.TextEditor},
 * {@link io.github.akhbar.Annotation}, {@link io.github.akhbar.TextProcessor} and
 * {@link io.github.akhbar.Pipeline}.
 *
 * <p>Every span the library hands out is a half-open range of UTF-16 indices into the original
 * input text, whatever processors rewrote the view before; see {@code docs/offsets.md}.
 *
 * <p>All parameters and return values are non-null unless documented otherwise.
 */
package io.github.akhbar;
