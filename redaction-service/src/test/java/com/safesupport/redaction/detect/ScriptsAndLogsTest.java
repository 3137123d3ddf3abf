package com.safesupport.redaction.detect;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 17's forms, as specifications (made-up people and values, not the fourth probe batch's): names in Chinese
 * characters or Hangul inside a Latin message, an initial before a name, a phone with "+00", a card grouped with
 * slashes or dots, an Eircode and a Canadian postal code closing an address, account names in pasted log lines; and
 * what stays no personal data: a dotted release number after "version", a text written in Chinese or Korean, an
 * Eircode-like model code, service accounts, a chat transcript's "User:".
 */
class ScriptsAndLogsTest {

    @Test
    void hanAndHangulNamesInALatinMessage() {
        assertFound("payee: 刘建国, thanks", "PERSON=刘建国");
        assertFound("please ask 박서준 to call", "PERSON=박서준");
        assertFound("signed 山田 花子", "PERSON=山田 花子");
        // a run of five Han characters or more is no name; nor are the words of a text written in Chinese or Korean
        assertNone("the sign said 中华人民共和国 at the border", "PERSON=中华");
        assertEquals(List.of(), found("我的银行卡昨天被冻结了，请帮我查一下账户"));
        assertEquals(List.of(), found("카드가 어제 정지되었습니다 확인 부탁드립니다 감사합니다 고객센터"));
        // glued to kana: Japanese text, not a name standing alone
        assertNone("ok ありがとう東京です", "PERSON=");
    }

    @Test
    void anInitialBeforeANameBelongsToIt() {
        assertFound("the new card is for T. Olawale", "PERSON=T. Olawale");
        assertFound("the card is for K. Annan", "PERSON=K. Annan");
        // initials the model tagged as a run of their own (here "K. L" as a place) join the name since round 19
        assertEquals(List.of("PERSON=K. L. Annan"), found("letter to K. L. Annan tomorrow"));
    }

    @Test
    void plusAndInternationalPrefixTogether() {
        assertFound("ring +0049 30 901820 please", "PHONE_NUMBER=+0049 30 901820");
    }

    @Test
    void cardsGroupedWithSlashesOrDots() {
        // 4024110704341925 and 5105366809906892: Luhn-valid, made up for this test
        assertFound("visa 4024/1107/0434/1925 stolen", "CREDIT_CARD=4024/1107/0434/1925");
        assertFound("card 5105.3668.0990.6892 stolen", "CREDIT_CARD=5105.3668.0990.6892");
        // mixed separators and groups other than four are no card of this form; dates stay dates
        assertNone("ref 4024/110704/341925", "CREDIT_CARD");
        assertNone("due 12/03/2026", "CREDIT_CARD");
    }

    @Test
    void eircodesAndCanadianPostcodesCloseAnAddress() {
        assertFound("4 Quay Street, Westport, Co. Mayo F28 W2K7", "STREET_ADDRESS=4 Quay Street, Westport, Co. Mayo F28 W2K7");
        assertFound("eircode: T12 X5P8", "ZIP_CODE=T12 X5P8");
        assertFound("88 King Street West, Toronto, ON M5H 1A1", "STREET_ADDRESS=88 King Street West, Toronto, ON M5H 1A1");
        // without an Irish word near, the shape is a model code; all-digit or all-letter tails are none either
        assertNone("the model T60 R4A2 is broken", "ZIP_CODE");
        assertNone("eircode please: D02 1234", "ZIP_CODE");
    }

    @Test
    void accountNamesInLogLines() {
        assertFound("2026-10-02 09:14:55 ERROR auth user=tanaka.h denied", "PERSON=tanaka.h");
        // since round 85 sshd's account is a USERNAME (the log names it a user)
        assertFound("Failed password for invalid user bnkemelu from 192.0.2.44 port 40022", "USERNAME=bnkemelu");
        assertFound("username: ade_ola77", "PERSON=ade_ola77");
        assertNone("user=root login=admin accepted", "PERSON");
        assertNone("User: please help me with my bill", "PERSON");
        assertNone("the password for wifi is on the router", "PERSON");
    }

    @Test
    void aDottedReleaseNumberIsNoAddress() {
        assertNone("updated to version 10.20.1.4 today", "IP_ADDRESS");
        assertNone("firmware: 192.4.0.12", "IP_ADDRESS");
        assertFound("my ip is 10.20.1.4", "IP_ADDRESS=10.20.1.4");
    }

    @Test
    void theNewScansStayLinearOnHostileInput() {
        // CJK runs and joins, initials, +00, slash and dot groups, Eircode shapes with Irish words, log fields
        assertLinear("刘建国 박서준 山田 花子 a ", AnalyzerTest::found);
        assertLinear("A. B. C. D. Olawale S. ", AnalyzerTest::found);
        assertLinear("+0049 30 901820 4024/1107/0434/1925 5105.3668. ", AnalyzerTest::found);
        assertLinear("Co. Mayo F28 W2K7 eircode D02 X28 T60 R4A2 QC M5H ", AnalyzerTest::found);
        assertLinear("user=a.b username: x_1 password for invalid user q from version 1.2.3.4 ", AnalyzerTest::found);
    }

    private static void assertLinear(String unit, Function<String, List<String>> detect) {
        double ratio = CpuLinearity.ratioOfRepeated(unit, detect::apply);
        System.out.printf("round 17 scans 64 kB / (32 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
        assertTrue(ratio < 8, "must stay linear, ratio " + ratio + " for " + unit.strip());
    }
}
