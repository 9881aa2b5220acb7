package io.github.akhbar.token;

/**
 * Receives tokens from {@link ArabicTokenizer#tokenize(char[], int, int, TokenSink)} without any
 * allocation per token.
 *
 * <pre>
 * int[] count = new int[1];
 * tokenizer.tokenize(buf, 0, buf.length, (start, end, type) -&gt; count[0]++);
 * </pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TokenSink {

    /**
     * Called once per token, in text order.
     *
     * @param start index of the first char of the token in the buffer
     * @param end   index just past the last char of the token
     * @param type  the token's type
     */
    void token(int start, int end, TokenType type);
}
