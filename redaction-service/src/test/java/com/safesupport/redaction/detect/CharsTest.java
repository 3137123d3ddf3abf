package com.safesupport.redaction.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ASCII class tables of {@link Chars} and {@link Scan}'s flags (docs/redaction-benchmarks.md, round 13) give the
 * same answers as the range comparisons they replaced, for every char.
 */
class CharsTest {

    @Test
    void everyCharIsClassedAsByTheRangeDefinitions() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean digit = c >= '0' && c <= '9';
            boolean asciiLetter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean asciiAlnum = digit || asciiLetter;
            boolean letterOrDigit = c < 0x80 ? asciiAlnum : Character.isLetterOrDigit(c);
            assertEquals(digit, Chars.digit(c), "digit " + i);
            assertEquals(asciiLetter, Chars.asciiLetter(c), "asciiLetter " + i);
            assertEquals(asciiAlnum, Chars.asciiAlnum(c), "asciiAlnum " + i);
            assertEquals(letterOrDigit, Chars.letterOrDigit(c), "letterOrDigit " + i);
            assertEquals(c < 0x80 ? asciiLetter : Character.isLetter(c), Chars.letter(c), "letter " + i);
            assertEquals(c == '_' || letterOrDigit, Chars.word(c), "word " + i);
            assertEquals(digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F', Chars.hex(c), "hex " + i);
        }
    }

    @Test
    void scanFlagsAreThoseOfTheCharactersPresent() {
        Random random = new Random(13);
        String alphabet = "aZ09@:.</ -_\u00e9\u0660\uff10\uff21\u0130";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                b.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            Scan scan = new Scan(t, t, null, null, "en");
            assertEquals(t.chars().anyMatch(c -> c >= '0' && c <= '9'), scan.hasDigit(), t);
            assertEquals(t.indexOf('@') >= 0, scan.hasAt(), t);
            assertEquals(t.indexOf(':') >= 0, scan.hasColon(), t);
            assertEquals(t.indexOf('.') >= 0, scan.hasDot(), t);
            assertEquals(t.indexOf('<') >= 0, scan.hasLessThan(), t);
            assertEquals(t.indexOf('/') >= 0, scan.hasSlash(), t);
            assertEquals(t.chars().anyMatch(c -> c >= 'A' && c <= 'Z'), scan.hasAsciiUpper(), t);
        }
    }
}
