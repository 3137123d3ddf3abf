package com.safesupport.redaction.detect;

import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 85, two readings. (1) The account of an sshd line ("Failed password for invalid user … from", "Accepted publickey for … from") is a
 * login the log itself names as a user: a USERNAME, no longer a PERSON. A field's value ({@code user=}) and a login said in
 * a sentence keep their PERSON; service accounts stay nobody. (2) A ten-digit number opening with 0 is a health-service
 * (NHS / CHI) number only when its first six digits are a date DDMMYY, as Scotland's CHI numbers are: "087 411 0009" (month
 * 41) passes the mod-11 check but is a mobile's shape, no UK_NHS. Made-up texts; odd Unicode, a huge input and the ×16 CPU
 * time.
 */
class Rb85SshdLoginAndZeroNhsTest {

    private static boolean has(List<String> f, String expected) {
        return f.contains(expected);
    }

    @Test
    void anSshdAccountIsAUsername() {
        for (String[] c : new String[][] {
                {"Dec 1 10:02:11 gw sshd[812]: Failed password for invalid user t.abernethy_ops from 203.0.113.9 port 50122 ssh2",
                        "USERNAME=t.abernethy_ops"},
                {"sshd[4410]: Accepted publickey for qvillanueva from 198.51.100.23 port 40111 ssh2", "USERNAME=qvillanueva"},
                {"auth.log says: Failed password for hdoyle_88 from 192.0.2.77 port 52100 ssh2 — that was not me",
                        "USERNAME=hdoyle_88"}}) {
            List<String> f = found(c[0]);
            assertTrue(has(f, c[1]), () -> c[0] + " -> " + f);
            assertFalse(f.stream().anyMatch(x -> x.equals("PERSON=" + c[1].substring("USERNAME=".length()))), () -> f.toString());
        }
    }

    @Test
    void lookAlikesKeepTheirTypeOrStayOut() {
        // a log field's value and a login in a sentence stay PERSON (not this round's reading)
        assertTrue(has(found("2026-11-30 08:01:02 WARN auth user=okoro.b denied"), "PERSON=okoro.b"));
        // service accounts, an sshd phrase without its " from ", a password for a thing: nothing
        for (String text : List.of("Failed password for invalid user admin from 203.0.113.4 port 22 ssh2",
                "Failed password for root from 203.0.113.5 port 22 ssh2",
                "I reset the password for wifi yesterday and it still fails",
                "the password for tgallagher was changed on Monday",
                "Failed password for invalid user from 203.0.113.6")) {
            List<String> f = found(text);
            assertFalse(f.stream().anyMatch(x -> x.startsWith("USERNAME=") || x.startsWith("PERSON=")), () -> text + " -> " + f);
        }
    }

    @Test
    void aNumberOpeningWithZeroIsAHealthNumberOnlyAfterADate() {
        // mod-11 valid all: no date after the 0 → no UK_NHS; a CHI date (06/03, 02/10, 04/07) or another first digit → UK_NHS
        for (String d : List.of("0874110009", "0835210006", "0819610003", "0771210000")) {
            assertFalse(NumberRecognizers.Nhs.valid(d), d);
        }
        for (String d : List.of("0603810004", "0210910003", "0407110003", "9434765919")) {
            assertTrue(NumberRecognizers.Nhs.valid(d), d);
        }
        for (String text : List.of("Text me on 087 411 0009 after six please", "mobile: 083 521 0006, any time",
                "call 0819610003 tomorrow")) {
            List<String> f = found(text);
            assertFalse(f.stream().anyMatch(x -> x.startsWith("UK_NHS=")), () -> text + " -> " + f);
        }
        assertTrue(has(found("my CHI number is 060 381 0004"), "UK_NHS=060 381 0004"), () -> found("my CHI number is 060 381 0004").toString());
        assertTrue(has(found("nhs number 943 476 5919"), "UK_NHS=943 476 5919"));
    }

    @Test
    void oddUnicodeAndAHugeInput() {
        List<String> odd = found("sshd: Failed password for invalid user z\u200bquist from 203.0.113.1; Accepted password for "
                + "\u00e9lodie.m\u0301 from 203.0.113.2 \uD83D\uDE00 publickey for \uD835\uDC00bc from 203.0.113.3\u2028");
        assertTrue(odd.stream().noneMatch(x -> x.contains("\uD83D\uDE00")), () -> odd.toString());
        String huge = "Failed password for invalid user k.ferreira_02 from 203.0.113.8 port 50000 ssh2\n".repeat(2_700);
        assertTrue(huge.length() > 200_000);
        List<String> all = found(huge);
        assertTrue(all.stream().filter(x -> x.equals("USERNAME=k.ferreira_02")).count() >= 2_000, () -> "found " + all.size());
        assertTrue(all.stream().noneMatch(x -> x.startsWith("PERSON=k.ferreira")), () -> "a PERSON left");
        String numbers = "call 087 411 0009 or 060 381 0004\u00a0\u200b 0\u0301874110009 \uD83D\uDE00 ".repeat(6_000);
        assertTrue(numbers.length() > 200_000);
        List<String> n = found(numbers);
        assertTrue(n.stream().noneMatch(x -> x.equals("UK_NHS=087 411 0009")), () -> "a UK_NHS left");
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("Failed password for invalid user a.b_1 from 1.2.3.4 port 1 ",
                "password for password for invalid user invalid user x from ", "publickey for qq from publickey for ",
                "for invalid user abcdefghijklmnopqrstuvwxyzabcdefgh from ", "087 411 0009 060 381 0004 0874110009 ",
                "0 0 0 000 000 0000 0")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 85 sshd account and NHS 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
