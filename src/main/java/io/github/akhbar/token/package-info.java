/**
 * News-aware Arabic tokenization with offsets: {@link io.github.akhbar.token.ArabicTokenizer}
 * splits text into words, numbers, dates and times, punctuation, symbols, URLs, e-mail addresses,
 * hashtags and mentions in one allocation-free pass, through a sink primitive, a list API, a
 * streaming {@link io.github.akhbar.token.TokenStream} and a pipeline step; the rules, types and
 * differences with Lucene and ICU are in {@code docs/tokenization.md}.
 *
 * <p>All parameters and return values are non-null unless documented otherwise.
 */
package io.github.akhbar.token;
