package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 59: (1) the default phone regions gain CN, KR and SA, and a Chinese mobile number (eleven digits opening with
 * 1) needs no trunk 0; (2) the Arabic words for phone, mobile and number are phone context words. libphonenumber still
 * decides validity; an ungrouped national number still needs a phone word near it. Made-up texts on the service's
 * default regions; look-alikes stay as they were; linear time with inputs ×16.
 */
class Rb59RulesTest {

    static final Analyzer DEFAULTS = Analyzer.builtIn(List.of("en"),
            Arrays.asList(PhoneRecognizer.DEFAULT_REGIONS.split(",")), List.of());

    static List<String> found(String text) {
        List<String> out = new ArrayList<>();
        for (Finding f : DEFAULTS.analyze(text, Analyzer.Options.defaults("en", 0.4))) {
            out.add(f.type() + "=" + text.substring(f.start(), f.end()));
        }
        return out;
    }

    static boolean phone(String text, String value) {
        return found(text).stream().anyMatch(s -> s.startsWith("PHONE_NUMBER=") && s.contains(value));
    }

    @Test
    void numbersOfTheNewRegionsAreFound() {
        assertTrue(phone("我的手机号是 139 2468 1357，谢谢。", "139 2468 1357"), () -> found("我的手机号是 139 2468 1357，谢谢。").toString());
        assertTrue(phone("my mobile in Shanghai is 186 2468 1357", "186 2468 1357"));
        assertTrue(phone("office line 010 6529 8765 in Beijing", "010 6529 8765"));
        assertTrue(phone("서울 사무실 02-2468-1357 로 연락 주세요", "02-2468-1357"));
        assertTrue(phone("my Saudi mobile is 055 246 8135", "055 246 8135"));
        assertTrue(phone("call me on 0502468135 please", "0502468135"));
    }

    @Test
    void anUngroupedNumberAfterAnArabicPhoneWordIsFound() {
        assertTrue(phone("أهلا، هذا هاتفي 0561357246 شكرا", "0561357246"), () -> found("أهلا، هذا هاتفي 0561357246 شكرا").toString());
        assertTrue(phone("رقم الجوال 0502468135", "0502468135"));
        // no phone word: a bare national number stays under the threshold, as in English
        assertFalse(phone("أهلا، الطلب 0561357246 شكرا", "0561357246"));
        // a number no region validates stays out whatever word is near
        assertFalse(phone("رقمي 0000000000", "0000000000"));
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        // eleven digits opening with 1 that no Chinese mobile range holds, and ungrouped numbers with no phone word
        assertFalse(phone("order 1024 6813 579 arrived", "1024 6813 579"));
        assertFalse(phone("tracking 11246813579 shows delivered", "11246813579"));
        // a Chinese landline written without its trunk 0 is still no phone
        assertFalse(phone("reference 10 6529 8765 on the invoice", "10 6529 8765"));
        // a card-like grouping is never a phone
        assertFalse(phone("gift card 1392 4681 3579 1234", "1392 4681 3579"));
        // numbers of the old regions as before
        assertTrue(phone("call me on 020 7946 0321 please", "020 7946 0321"));
        assertTrue(phone("ring 98765 43210 today", "98765 43210"));
    }

    @Test
    void theNewRegionsStayLinear() {
        for (String unit : List.of("手机 139 2468 1357，", "1 1 1 1 1 1 1 1 ", "02-2468-1357 ", "055 246 8135 0 ", "13924681357", "رقم 0561357246 ", "هاتف هاتف 0 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, Rb59RulesTest::found);
            System.out.printf("round 59 phone regions 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
