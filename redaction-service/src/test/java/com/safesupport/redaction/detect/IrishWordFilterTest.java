package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two exact trims of round 15 (docs/redaction-benchmarks.md): {@code ZipCodeRecognizer.irishBefore} skips a position
 * whose ASCII character starts no Irish word in any case, and {@code NameModel.Sentence.elsewhere} reads the shape codes
 * instead of the tokens. Both must give the answers of their plain definitions, kept here.
 */
class IrishWordFilterTest {

    private static final String[] IRISH = {"eircode", "ireland", "dublin", "co. "};

    /** The look-back as it was: every position, every word, {@code regionMatches} ignoring case. */
    private static boolean plainIrishBefore(String s, int i) {
        for (int at = Math.max(0, i - 40); at < i; at++) {
            for (String w : IRISH) {
                if (s.regionMatches(true, at, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] PIECES = {"eircode", "EIRCODE", "Eircode", "ireland", "IRELAND", "İreland", "ıreland",
            "dublin", "DUBLIN", "Dublın", "co. ", "CO. ", "Co. ", "co.", "co ", "c", "o", ".", " ", "e", "i", "d", "İ", "ı", "ſ",
            "K", "Ä", "x", "1", "D02 X285", "T60 R4A2", "\n", "é", "Σ"};

    @Test
    void theFilterGivesThePlainAnswer() {
        Random random = new Random(15);
        int yes = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            for (int i = 0; i <= s.length(); i += 1 + random.nextInt(3)) {
                boolean plain = plainIrishBefore(s, i);
                assertEquals(plain, ZipCodeRecognizer.irishBefore(s, i), () -> s);
                yes += plain ? 1 : 0;
            }
        }
        assertTrue(yes > 1000, "the random texts hold Irish words: " + yes);
    }

    /** {@code elsewhere} as it was: from the tokens' shapes and sentence starts. */
    private static int[] plainElsewhere(List<Tokens.Token> tokens, int[] hash) {
        int n = tokens.size();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            int capitals = 0;
            for (int j = 0; j < n; j++) {
                if (hash[j] == hash[i]) {
                    count++;
                    Tokens.Token t = tokens.get(j);
                    if (j != i && t.shape() == Tokens.Shape.CAPITALIZED && !t.sentenceStart()) {
                        capitals++;
                    }
                }
            }
            out[i] = count > 1 ? capitals > 0 ? 1 : 2 : 0;
        }
        return out;
    }

    private static final String[] WORDS = {"tanner", "Tanner", "TANNER", "grace", "Grace", "the", "The", "paris", "Paris", "A", "a",
            ". ", "! ", " ", " ", "\n", "İstanbul", "istanbul", "Mr. "};

    @Test
    void elsewhereReadsTheShapesAsTheTokensSay() {
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(20);
            for (int p = 0; p < parts; p++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            String text = b.toString();
            List<Tokens.Token> tokens = Tokens.of(text);
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            int[] hash = new int[tokens.size()];
            int[] shape = new int[tokens.size()];
            for (int i = 0; i < hash.length; i++) {
                Tokens.Token t = tokens.get(i);
                hash[i] = lower.substring(t.start(), t.end()).hashCode();
                shape[i] = t.shape().ordinal() + (t.sentenceStart() ? 8 : 0);
            }
            assertEquals(java.util.Arrays.toString(plainElsewhere(tokens, hash)),
                    java.util.Arrays.toString(NameModel.Sentence.elsewhere(shape, hash)), text);
        }
    }
}
