/**
 * Boilerplate stripping for scraped Arabic news text: {@link io.github.akhbar.boilerplate.BoilerplateStripper}
 * removes page furniture line by line (share prompts, comment forms, "read also" blocks, follow
 * prompts, bylines, navigation, signatures, legal notices, caption labels, repeated titles),
 * keeps every content line verbatim, and reports each removed line as a
 * {@link io.github.akhbar.boilerplate.BoilerplateMention} with its kind and the cue that fired;
 * see {@code docs/boilerplate.md}.
 *
 * <p>All parameters and return values are non-null unless documented otherwise.
 */
package io.github.akhbar.boilerplate;
