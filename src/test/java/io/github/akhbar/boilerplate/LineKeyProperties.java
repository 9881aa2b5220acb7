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
        return net.jqwik.api.Arbitraries.oneOf(ArabicArbitraries.arabicish(60), ArabicArbitraries.anyString(),
                net.jqwik.api.Arbitraries.of("_", "\u0640", " ", "\u2013", "\u00C0", "\u00C9", "\u00D7", "a", "\u0628", "-", "\u00A0")
                        .list().ofMaxSize(20).map(l -> String.join("", l)));
    }

    @Property(tries = 1000)
    void keyEqualsTrimmedCollapsedFold(@ForAll("texts") String s) {
        assertEquals(reference(s), LineKey.of(s));
    }

    @Property(tries = 300)
    void dashesFoldToOneKey(@ForAll("dashes") String dash) {
        assertEquals("كتب - سلمي فؤاد", LineKey.of("كتب " + dash + " سلمى فؤاد:"));
    }

    @Provide
    Arbitrary<String> dashes() {
        return net.jqwik.api.Arbitraries.of("-", "\u2013", "\u2014", "\u0640", "\u0640\u0640", "_", "\u2212");
    }

    /** MatchFold, then LineKey's extras (dash-like runs, Latin-1 capitals, dashes), trimmed, collapsed. */
    static String reference(String s) {
        StringBuilder pre = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0640' || c == '_') {
                int j = i;
                while (j + 1 < s.length() && s.charAt(j + 1) == c) {
                    j++;
                }
                boolean dash = i == 0 || j + 1 == s.length() || space(s.charAt(i - 1)) || space(s.charAt(j + 1));
                pre.append(dash ? "-" : c == '_' ? s.substring(i, j + 1) : "");
                i = j;
            } else {
                pre.append(c);
            }
        }
        String folded = MatchFold.fold("A" + pre).substring(1); // "A" folds, so the whole text takes the slow path
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            extra.append(c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7' ? (char) (c + 0x20)
                    : c >= '\u2010' && c <= '\u2015' || c == '\u2212' ? '-' : c);
        }
        String f = extra.toString();
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

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
