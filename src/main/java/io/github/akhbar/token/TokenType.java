package io.github.akhbar.token;

import java.util.Locale;

/**
 * The kind of a {@link Token}: which scanning rule produced it.
 *
 * <pre>
 * ARABIC        كتب  الـ  مُحمّد  الرئيـــس  (letters, marks, tatweel, inner ZWNJ)
 * LATIN         Reuters  G20  mp3       (Latin letters, then letters or digits)
 * WORD          Москва  東京              (letters of any other script)
 * NUMBER        92  1,234.5  ١٬٢٣٤٫٥  2,5
 * DATE_TIME     16:45  07/11/2024  2024-11-07  ١٦:٤٥
 * ABBREVIATION  أ.ش.أ  م.  U.S.
 * PUNCT         ،  ؛  ؟  «  »  .  -  (one mark per token)
 * SYMBOL        %  ٪  $  €  an emoji cluster
 * URL           https://example.com/a?b=1  www.example.ma
 * EMAIL         desk@example.com
 * HASHTAG       #مراكش
 * MENTION       @akhbar_news
 * </pre>
 *
 * @since 0.1.0
 */
public enum TokenType {
    /** An Arabic-script word. */
    ARABIC,
    /** A Latin-script word, possibly with digits after its first letter. */
    LATIN,
    /** A word in a script other than Arabic or Latin. */
    WORD,
    /** A run of digits of one or more scripts with inner decimal or grouping separators. */
    NUMBER,
    /** A clock time or an all-numeric date. */
    DATE_TIME,
    /** Single letters joined by dots. */
    ABBREVIATION,
    /** One punctuation mark. */
    PUNCT,
    /** A symbol, currency sign, percent sign or emoji cluster. */
    SYMBOL,
    /** A web address starting with a scheme or {@code www.}. */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** {@code #} followed by word characters. */
    HASHTAG,
    /** {@code @} followed by word characters. */
    MENTION;

    private final String label = name().toLowerCase(Locale.ROOT);

    /**
     * The lower-case name used in JSON output ({@code "kind": "arabic"}).
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
