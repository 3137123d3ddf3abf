package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.NationalIdTest.national;
import static com.safesupport.redaction.detect.NationalIdTest.of;
import static com.safesupport.redaction.detect.NationalIdTest.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 24's national identifiers: CA_SIN, IE_PPS, NL_BSN, FR_NIR, BR_CPF and SE_PERSONNUMMER. Every value is made up: its check is
 * computed here, by the published formula written out again (not by the recogniser's code), from arbitrary digits.
 */
class EuropeanAndAmericanIdTest {

    /** The Luhn check digit that completes {@code body}. */
    static String luhn(String body) {
        for (int c = 0; c <= 9; c++) {
            String v = body + c;
            int sum = 0;
            for (int i = 0; i < v.length(); i++) {
                int d = v.charAt(v.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            }
            if (sum % 10 == 0) {
                return v;
            }
        }
        throw new AssertionError();
    }

    /** A PPS number: 7 digits, the check letter, the optional second letter (value: its place in W, A, B, ... V). */
    static String pps(String digits, String second) {
        String letters = "WABCDEFGHIJKLMNOPQRSTUV";
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (8 - i) * (digits.charAt(i) - '0');
        }
        if (!second.isEmpty()) {
            sum += 9 * letters.indexOf(second.charAt(0));
        }
        return digits + letters.charAt(sum % 23) + second;
    }

    /** A BSN: the ninth digit that makes 9·d1 + ... + 2·d8 − d9 divisible by 11 (the eight digits chosen so it is one digit). */
    static String bsn(String eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (eight.charAt(i) - '0');
        }
        int last = sum % 11;
        if (last > 9) {
            throw new AssertionError("choose other digits");
        }
        return eight + last;
    }

    /** A NIR's two-digit key for its 13 characters (2A / 2B count as 19 / 18). */
    static String nirKey(String thirteen) {
        long n = Long.parseLong(thirteen.replace("2A", "19").replace("2B", "18"));
        return String.format("%02d", 97 - n % 97);
    }

    /** A CPF: nine digits and the two mod-11 check digits. */
    static String cpf(String nine) {
        String v = nine;
        for (int round = 0; round < 2; round++) {
            int sum = 0;
            for (int i = 0; i < v.length(); i++) {
                sum += (v.length() + 1 - i) * (v.charAt(i) - '0');
            }
            v += sum * 10 % 11 % 10;
        }
        return v;
    }

    static String grouped(String d, String sep, int... lengths) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (int k = 0; k < lengths.length; k++) {
            b.append(k > 0 ? sep : "").append(d, i, i + lengths[k]);
            i += lengths[k];
        }
        return b.toString();
    }

    /** The same digits with the last one changed: its check fails. */
    static String lastChanged(String v) {
        char c = v.charAt(v.length() - 1);
        return v.substring(0, v.length() - 1) + (char) (c == '9' ? '0' : c + 1);
    }

    @Test
    void canadianSinGroupedOnItsOwnBareWithItsWord() {
        String sin = luhn("47192635");
        String spaced = grouped(sin, " ", 3, 3, 3);
        String dashed = grouped(sin, "-", 3, 3, 3);
        assertEquals(List.of(spaced, dashed), values("SIN " + spaced + ", or " + dashed, "CA_SIN"));
        assertEquals(List.of(spaced + "@0.5"), of("please update " + spaced + " today", "CA_SIN", 0));
        // Nine plain digits: one order number in ten passes Luhn, so 0.3 without "SIN" / "social insurance".
        assertEquals(List.of(), values("please update " + sin + " today", "CA_SIN"));
        assertEquals(List.of(sin + "@0.3"), of("please update " + sin + " today", "CA_SIN", 0));
        assertEquals(List.of(sin + "@0.65"), of("my social insurance number is " + sin + ".", "CA_SIN", 0));
        // A wrong check digit; a first digit 0 (never issued) or 8 (business numbers); a 3-3-4 grouping.
        String zero = luhn("07192635");
        String eight = luhn("87192635");
        assertEquals(List.of(), of("SIN " + lastChanged(sin) + " " + grouped(zero, " ", 3, 3, 3) + " " + eight + " "
                + grouped(sin + "1", "-", 3, 3, 4), "CA_SIN", 0));
        // Glued to letters or digits, or one group of a longer grouping.
        assertEquals(List.of(), of("SIN x" + sin + " " + sin + "b 1" + sin + " 12 " + spaced + " " + dashed + "-4", "CA_SIN", 0));
    }

    @Test
    void irishPpsByItsCheckLetter() {
        String old = pps("4829173", "");
        String recent = pps("4829173", "A");
        String married = pps("5091736", "W");
        assertEquals(List.of(old, recent, married), values("PPS " + old + ", then " + recent + " and " + married, "IE_PPS"));
        assertEquals(List.of(recent + "@0.7"), of("reference " + recent, "IE_PPS", 0));
        assertEquals(List.of(recent + "@1.0"), of("My PPSN is " + recent + " if you need it", "IE_PPS", 0));
        // A wrong check letter; a second letter PPS never uses; six or eight digits. (Lower case: round 25, 0.3 without
        // its word, PlatesHandlesAndTitledParticlesTest.)
        String wrongLetter = "4829173" + (recent.charAt(7) == 'Z' ? 'A' : (char) (recent.charAt(7) + 1)) + "A";
        assertEquals(List.of(), of(wrongLetter + " " + old + "Q " + wrongLetter.toLowerCase() + " 482917" + old.substring(7) + " 1"
                + old, "IE_PPS", 0));
        assertEquals(List.of(), of("id" + recent + " " + recent + "X " + recent + "9", "IE_PPS", 0));
    }

    @Test
    void dutchBsnOnlyWithItsWord() {
        String b = bsn("27148163");
        assertEquals(List.of(b), values("mijn BSN: " + b, "NL_BSN"));
        assertEquals(List.of(b + "@0.65"), of("burgerservicenummer " + b, "NL_BSN", 0));
        // One nine-digit number in eleven passes the elfproef: alone it is any number.
        assertEquals(List.of(), values("account " + b + " is closed", "NL_BSN"));
        assertEquals(List.of(b + "@0.3"), of("account " + b + " is closed", "NL_BSN", 0));
        assertEquals(List.of(), of("BSN " + lastChanged(b) + " x" + b + " " + b + "x 0" + b, "NL_BSN", 0));
    }

    @Test
    void frenchNirInItsGroupsWithCorsicaAndItsKey() {
        String body = "1850578006084";
        String nir = body + nirKey(body);
        String spaced = grouped(nir, " ", 1, 2, 2, 2, 3, 3, 2);
        assertEquals(List.of(spaced + "@0.85"), of("voici " + spaced + " merci", "FR_NIR", 0));
        assertEquals(List.of(nir + "@0.3"), of("voici " + nir + " merci", "FR_NIR", 0));
        assertEquals(List.of(nir + "@0.65"), of("numéro de sécurité sociale : " + nir, "FR_NIR", 0));
        assertEquals(List.of(nir), values("my NIR is " + nir, "FR_NIR"));
        String corsica = "292052A123045";
        String corsican = corsica + nirKey(corsica);
        assertEquals(List.of(corsican + "@0.7", grouped(corsican, " ", 1, 2, 2, 2, 3, 3, 2) + "@0.85"),
                of(corsican + " et " + grouped(corsican, " ", 1, 2, 2, 2, 3, 3, 2), "FR_NIR", 0));
        // A wrong key; sex digit 3; month 13; department 00; order 000; 2C is no department.
        String[] bodies = {"3850578006084", "1851378006084", "1850500006084", "1850578006000", "292052C123045"};
        StringBuilder wrong = new StringBuilder("NIR " + lastChanged(nir));
        for (String w : bodies) {
            wrong.append(' ').append(w).append(nirKey(w.replace("2C", "2B")));
        }
        assertEquals(List.of(), of(wrong.toString(), "FR_NIR", 0));
        // Glued, or inside a longer grouping.
        assertEquals(List.of(), of("NIR x" + nir + " " + nir + "x 9" + nir + " " + spaced + " 7", "FR_NIR", 0));
    }

    @Test
    void brazilianCpfByItsDotsAndTwoCheckDigits() {
        String c = cpf("529018347");
        String formatted = grouped(c.substring(0, 9), ".", 3, 3, 3) + "-" + c.substring(9);
        assertEquals(List.of(formatted + "@0.85"), of("segue " + formatted, "BR_CPF", 0));
        assertEquals(List.of(c + "@0.3"), of("segue " + c, "BR_CPF", 0));
        assertEquals(List.of(c), values("meu CPF " + c, "BR_CPF"));
        assertEquals(List.of(), of("CPF " + lastChanged(formatted) + " 111.111.111-11 x" + formatted + " " + formatted + "x 1."
                + formatted, "BR_CPF", 0));
    }

    @Test
    void swedishPersonnummerByDateAndLuhn() {
        String p = luhn("850709238");
        assertEquals(List.of(p.substring(0, 6) + "-" + p.substring(6) + "@0.5", "19" + p.substring(0, 6) + "-" + p.substring(6) + "@0.3"),
                of(p.substring(0, 6) + "-" + p.substring(6) + " / 19" + p.substring(0, 6) + "-" + p.substring(6), "SE_PERSONNUMMER", 0));
        // With its century the form is a date-stamped reference's too ("20240514-0042"): its word lifts it.
        assertEquals(List.of("19" + p.substring(0, 6) + "-" + p.substring(6)),
                values("personnummer 19" + p.substring(0, 6) + "-" + p.substring(6), "SE_PERSONNUMMER"));
        // A samordningsnummer (day + 60) and the plus of a centenarian.
        String coordination = luhn("850769238");
        assertEquals(List.of(coordination.substring(0, 6) + "+" + coordination.substring(6)),
                values("samordningsnummer " + coordination.substring(0, 6) + "+" + coordination.substring(6), "SE_PERSONNUMMER"));
        // Ten or twelve plain digits: 0.3 without "personnummer".
        assertEquals(List.of(p + "@0.3", "19" + p + "@0.3"), of("see " + p + " and 19" + p, "SE_PERSONNUMMER", 0));
        assertEquals(List.of("19" + p), values("mitt personnummer är 19" + p, "SE_PERSONNUMMER"));
        // A wrong check digit, month 13, day 32, century 21; glued.
        String month13 = luhn("851309238");
        String day32 = luhn("850732238");
        assertEquals(List.of(), of("personnummer " + lastChanged(p).substring(0, 6) + "-" + lastChanged(p).substring(6) + " "
                + month13.substring(0, 6) + "-" + month13.substring(6) + " " + day32 + " 21" + p + " x" + p + " "
                + p.substring(0, 6) + "-" + p.substring(6) + "x", "SE_PERSONNUMMER", 0));
    }

    @Test
    void lookAlikesAreNoneOfThese() {
        assertEquals(List.of(), national("Call +1 613 555 0142, (514) 555-0199, +353 1 555 0123, +31 20 555 0123 or +33 1 55 55 01 23."));
        assertEquals(List.of(), national("IBAN FR76 3000 6000 0112 3456 7890 189, NL91ABNA0417164300, IE29 AIBK 9311 5212 3456 78."));
        assertEquals(List.of(), national("Order " + luhn("47192635") + " and ticket " + bsn("27148163") + " were merged; parcel "
                + grouped(luhn("47192635"), " ", 3, 3, 3) + "."));
        assertEquals(List.of(), national("Version 1.85.05 build 2024-05-14, SKU 4829173B, model 1 85 05 78."));
    }

    @Test
    void theNewPathsStayLinearOnHostileInput() {
        String nir = "1850578006084" + nirKey("1850578006084");
        CpuLinearity.assertAnalyzerLinear("nir groups chained", "1 85 05 78 006 084 3 1 85 05 2A 006 ");
        CpuLinearity.assertAnalyzerLinear("nir one short", nir.substring(0, 14) + " ");
        CpuLinearity.assertAnalyzerLinear("sin groups chained", "471 926 35 471-926-");
        CpuLinearity.assertAnalyzerLinear("cpf chain", "529.018.347-");
        CpuLinearity.assertAnalyzerLinear("pps near misses", "4829173TA 4829173 482917TA ");
        CpuLinearity.assertAnalyzerLinear("one digit runs", "1 2 1 2 ");
        CpuLinearity.assertAnalyzerLinear("personnummer chain", "850709-2381-850709+");
    }
}
