package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NINO recogniser reads only the two places before each digit run's start; the reference below is its earlier
 * scan of every character. Both must find the same numbers, on texts made of NINO-like pieces glued in every way.
 */
class NinoScanTest {

    private static final Set<String> NOT_PREFIXES = Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");

    /** The scan of every character, as it was before (round 8). */
    private static List<String> reference(String t) {
        List<String> found = new ArrayList<>();
        int n = t.length();
        for (int i = 0; i + 9 <= n; i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            boolean lower = a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z';
            if (!(Chars.upper(a) && Chars.upper(b) || lower) || i > 0 && Chars.word(t.charAt(i - 1))) {
                continue;
            }
            a = Character.toUpperCase(a);
            b = Character.toUpperCase(b);
            if ("DFIQUV".indexOf(a) >= 0 || "DFIQUVO".indexOf(b) >= 0 || NOT_PREFIXES.contains(String.valueOf(new char[] {a, b}))) {
                continue;
            }
            int k = i + 2;
            int digits = 0;
            while (digits < 6) {
                if (Chars.at(t, k) == ' ' && digits % 2 == 0) {
                    k++;
                }
                if (!Chars.digit(Chars.at(t, k)) || !Chars.digit(Chars.at(t, k + 1))) {
                    break;
                }
                k += 2;
                digits += 2;
            }
            if (digits < 6) {
                continue;
            }
            if (Chars.at(t, k) == ' ') {
                k++;
            }
            char suffix = Chars.at(t, k);
            if ((lower ? suffix >= 'a' && suffix <= 'd' : suffix >= 'A' && suffix <= 'D') && !Chars.word(Chars.at(t, k + 1))) {
                found.add(i + "-" + (k + 1) + "@" + (lower ? 0.5 : 0.6));
                i = k;
            }
        }
        return found;
    }

    private static List<String> scanned(String text) {
        List<Candidate> out = new ArrayList<>();
        new CodeRecognizers.Nino().recognize(TextNormalizer.normalize(text, "en"), out);
        List<String> found = new ArrayList<>();
        for (Candidate c : out) {
            assertEquals("UK_NINO", c.type);
            found.add(c.start + "-" + c.end + "@" + c.baseScore);
        }
        return found;
    }

    @Test
    void findsWhatTheCharacterScanFound() {
        String[] pieces = {"AB", "ab", "QQ", "GB", "ZZ", "Ab", "X", "JG", "jg", "12", "34", "56", "1", "123456", "C", "c", "D", "E",
                " ", " ", "  ", "-", ".", "_", "\n", "NI", "no", "AB123456C", "ab 12 34 56 c", "JG 12 34 56 A", "9"};
        Random random = new Random(8);
        int positives = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int k = 0; k < n; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            List<String> expected = reference(text);
            positives += expected.size();
            assertEquals(expected, scanned(text), text);
        }
        assertTrue(positives > 1_000, "positives " + positives);
        assertEquals(List.of("8-17@0.6", "25-38@0.5"), scanned("my NINO AB123456C and ni ab 12 34 56 c ok"));
    }
}
