package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 58: a phone number written right against a letter of a script that puts no blank between words, or writes its
 * particles onto the word before (Han, Hiragana, Katakana, Hangul, Thai), is still a phone number ("番号は080-2468-1357です").
 * Validation by libphonenumber is unchanged. A Latin letter or digit next to the number still keeps it out. Made-up
 * texts; look-alikes stay as they were; linear time with inputs growing ×16.
 */
class Rb58RulesTest {

    @Test
    void aNumberAgainstUnspacedScriptIsAPhone() {
        covered("お問い合わせの電話番号は080-2468-1357です。", "PHONE_NUMBER", "080-2468-1357");
        covered("携帯090-1357-2468まで", "PHONE_NUMBER", "090-1357-2468");
        covered("제 번호는 080-2468-1357입니다.", "PHONE_NUMBER", "080-2468-1357");
        covered("電話番号は０８０-２４６８-１３５７ではなく080-2468-1357です。", "PHONE_NUMBER", "080-2468-1357");
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        // a Latin letter glued to the digits still makes them part of a word
        assertNone("番号はA080-2468-1357です。", "PHONE_NUMBER");
        assertNone("型番はX090-1357-2468B", "PHONE_NUMBER");
        // short numbers against Japanese text are no phones
        assertNone("注文番号は12345です。", "PHONE_NUMBER");
        assertNone("数量は3個、合計は4500円です。", "PHONE_NUMBER");
        // a number libphonenumber does not validate stays out
        assertNone("番号は000-0000-0000です。", "PHONE_NUMBER");
        // Latin text is as before
        assertNone("model ab080-2468-1357 is out of stock", "PHONE_NUMBER");
        covered("call me on +44 20 7946 0321 please", "PHONE_NUMBER", "+44 20 7946 0321");
    }

    @Test
    void unspacedLetterIsOnlyThoseScripts() {
        assertTrue(Chars.unspacedLetter('は'));
        assertTrue(Chars.unspacedLetter('カ'));
        assertTrue(Chars.unspacedLetter('電'));
        assertTrue(Chars.unspacedLetter('입'));
        assertTrue(Chars.unspacedLetter('ก'));
        for (char c : "aZé\u00DFЖשع0_ ".toCharArray()) {
            assertTrue(!Chars.unspacedLetter(c), () -> "not unspaced: " + c);
        }
    }

    @Test
    void theNewRuleStaysLinear() {
        for (String unit : List.of("番号は080-2468-1357です", "は0は0は0は0は0は", "電話090-1357-2468입니다 ", "0-0-0-0-0-0です")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 58 unspaced-script phones 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
