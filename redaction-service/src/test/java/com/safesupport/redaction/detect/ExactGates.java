package com.safesupport.redaction.detect;

import com.google.re2j.Pattern;

import java.util.Random;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks every exact gate in front of a recogniser's pattern must pass (rounds 38 and 39, docs/redaction-benchmarks.md):
 * a gate reads the text's lower case and may close only where the pattern cannot match.
 */
final class ExactGates {

    private ExactGates() {
    }

    /**
     * Every character RE2/J's case-insensitive match takes for a letter a–z is that letter in the text's lower case, or
     * opens the gate by itself (the long s, the Kelvin sign …).
     */
    static void knowEveryCaseOfEachLetter(Predicate<String> gate) {
        for (char letter : "abcdefghijklmnopqrstuvwxyz".toCharArray()) {
            Pattern one = Pattern.compile("(?i:" + letter + ")");
            for (int c = 0; c <= 0xFFFF; c++) {
                if (Character.isSurrogate((char) c) || !one.matches(String.valueOf((char) c))) {
                    continue;
                }
                String lower = TextNormalizer.normalize("x" + (char) c, "en").lower();
                char l = lower.length() == 2 ? lower.charAt(1) : 0;
                int code = c;
                assertTrue(l == letter || gate.test(String.valueOf((char) c)),
                        () -> "U+" + Integer.toHexString(code) + " matches " + letter + " but lowers to " + lower);
            }
        }
    }

    /**
     * On 50,000 random texts of one to eight {@code pieces} (the pattern's words, their look-alikes and odd cases), a
     * closed gate never hides a match of {@code pattern}; both outcomes occur often enough to mean something.
     */
    static void hideNoMatch(String[] pieces, long seed, Predicate<String> gate, Pattern pattern) {
        Random random = new Random(seed);
        int open = 0;
        int closed = 0;
        for (int t = 0; t < 50_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            Scan scan = TextNormalizer.normalize(b.toString(), "en");
            if (gate.test(scan.lower())) {
                open++;
            } else {
                closed++;
                assertTrue(!pattern.matcher(scan.text()).find(), () -> "gate closed on a match: " + b);
            }
        }
        assertTrue(open > 5_000 && closed > 5_000, "open " + open + ", closed " + closed);
    }
}
