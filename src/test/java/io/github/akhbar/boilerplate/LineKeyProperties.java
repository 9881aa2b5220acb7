package io.github.akhbar.boilerplate;

import io.github.akhbar.internal.MatchFold;
import io.github.akhbar.testing.ArabicArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table-driven {@link LineKey} against a slow reference built on {@link MatchFold#fold}. */
class LineKeyProperties {

    @Provide
    Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.oneOf(ArabicArbitraries.arabicish(60), ArabicArbitraries.anyString());
    }

    @Property(tries = 1000)
    void keyEqualsTrimmedCollapsedFold(@ForAll("texts") String s) {
        assertEquals(reference(s), LineKey.of(s));
    }

    static String reference(String s) {
        String f = MatchFold.fold("A" + s).substring(1); // "A" folds, so the whole text takes the slow path
        int a = 0;
        int b = f.length();
        while (a < b && !Character.isLetterOrDigit(f.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(f.charAt(b - 1))) {
            b--;
        }
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = a; i < b; i++) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }
}
