package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 25: UK and Irish registration plates, Indian plates in their four groups, the Dutch BSN in its printed groups,
 * the Irish PPS number in lower case, chat handles made of two names, particles after a written title, lower-case "mr" /
 * "mrs" without a dot, in-law and household relations, a hyphenated given name before a tagged family name, the German
 * Steuer-ID — each with
 * made-up values other than the probe's — the look-alikes that stay no finding, and linear time on the new paths.
 */
class PlatesHandlesAndTitledParticlesTest {

    private static List<String> people(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("PERSON=")).toList();
    }

    @Test
    void aUkPlateIsFoundWithItsWord() {
        assertEquals(List.of("LM63 RTV"), NationalIdTest.values("the car reg is LM63 RTV", "UK_VEHICLE_REGISTRATION"));
        assertEquals(List.of("bd05wxy"), NationalIdTest.values("number plate bd05wxy", "UK_VEHICLE_REGISTRATION"));
        // the shape alone is a part code as often: below the threshold
        assertEquals(List.of("LM63 RTV@0.35"), NationalIdTest.of("LM63 RTV", "UK_VEHICLE_REGISTRATION", 0));
        // an age identifier never issued (27–50, 77–99, 00, 01), I or Q, Z first, mixed case, glued, a fourth letter
        assertEquals(List.of(), NationalIdTest.of("reg LM33 RTV LM99 RTV LM01 RTV LI63 RTV LM63 RQV ZM63 RTV Lm63 rtv xLM63 RTV LM63 RTVW",
                "UK_VEHICLE_REGISTRATION", 0));
    }

    @Test
    void anIrishPlateIsFoundByItsYearAndCounty() {
        assertEquals(List.of("152-KK-804@0.5"), NationalIdTest.of("152-KK-804", "IE_VEHICLE_REGISTRATION", 0));
        assertEquals(List.of("04-WX-11237"), NationalIdTest.values("my reg is 04-WX-11237", "IE_VEHICLE_REGISTRATION"));
        assertEquals(List.of("231 D 7788"), NationalIdTest.values("car reg 231 D 7788", "IE_VEHICLE_REGISTRATION"));
        // a half other than 1 or 2, a year not issued, no such county, mixed separators, a serial from 0 or of seven digits
        assertEquals(List.of(), NationalIdTest.of("reg 153-KK-804 30-D-1234 152-XX-804 152-KK 804 152-KK-0804 152-D-1234567 152-KK-804-1",
                "IE_VEHICLE_REGISTRATION", 0));
    }

    @Test
    void anIndianPlateInItsGroupsIsOnePlate() {
        assertEquals(List.of("KA 05 MJ 4471"), NationalIdTest.values("vehicle KA 05 MJ 4471", "IN_VEHICLE_REGISTRATION"));
        assertEquals(List.of("DL-03-CB-2290"), NationalIdTest.values("DL-03-CB-2290 was fined", "IN_VEHICLE_REGISTRATION"));
        // a district the state does not have: 0.3 without its word (as without blanks)
        assertEquals(List.of("KA 99 MJ 4471@0.3"), NationalIdTest.of("KA 99 MJ 4471", "IN_VEHICLE_REGISTRATION", 0));
        // mixed separators, a number of 0000 or five digits, a fifth group
        assertEquals(List.of(), NationalIdTest.values("vehicle KA 05-MJ 4471, KA 05 MJ 0000, KA 05 MJ 44712, KA 05 MJ 4471 2",
                "IN_VEHICLE_REGISTRATION"));
    }

    @Test
    void aBsnInItsPrintedGroupsNeedsItsWord() {
        String b = EuropeanAndAmericanIdTest.bsn("31846100");
        String dotted = EuropeanAndAmericanIdTest.grouped(b, ".", 4, 2, 3);
        String threes = EuropeanAndAmericanIdTest.grouped(b, ".", 3, 3, 3);
        String spaced = EuropeanAndAmericanIdTest.grouped(b, " ", 3, 3, 3);
        assertEquals(List.of(dotted, threes, spaced), NationalIdTest.values("BSN " + dotted + ", " + threes + " of " + spaced, "NL_BSN"));
        assertEquals(List.of(dotted + "@0.3"), NationalIdTest.of("order " + dotted, "NL_BSN", 0));
        // a wrong check digit; one group of a longer grouping; glued
        String wrong = EuropeanAndAmericanIdTest.grouped(EuropeanAndAmericanIdTest.lastChanged(b), ".", 4, 2, 3);
        assertEquals(List.of(), NationalIdTest.of("BSN " + wrong + " 12." + dotted + " " + threes + ".4 x" + dotted, "NL_BSN", 0));
    }

    @Test
    void aLowerCasePpsNumberNeedsItsWord() {
        String p = EuropeanAndAmericanIdTest.pps("7150382", "").toLowerCase();
        String two = EuropeanAndAmericanIdTest.pps("7150382", "A").toLowerCase();
        assertEquals(List.of(p, two), NationalIdTest.values("pps " + p + " (my ppsn is " + two + ")", "IE_PPS"));
        assertEquals(List.of(p + "@0.3"), NationalIdTest.of("ref " + p, "IE_PPS", 0));
        // a wrong check letter, mixed case
        String wrong = "7150382" + (p.charAt(7) == 'z' ? 'a' : (char) (p.charAt(7) + 1));
        assertEquals(List.of(), NationalIdTest.of("pps " + wrong + " " + two.substring(0, 8) + two.substring(8).toUpperCase(), "IE_PPS", 0));
    }

    /** A Steuer-ID: ten digits and the ISO 7064 MOD 11,10 check digit. */
    static String steuerId(String ten) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (ten.charAt(i) - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int check = 11 - product;
        return ten + (check == 10 ? 0 : check);
    }

    @Test
    void aGermanTaxIdNeedsItsWord() {
        String id = steuerId("4719263584"); // 4 twice, 0 missing
        String thrice = steuerId("4719243584"); // 4 three times, not in a row
        assertEquals(List.of(id, thrice), NationalIdTest.values("Steuer-ID " + id + ", meine Identifikationsnummer " + thrice, "DE_TAX_ID"));
        assertEquals(List.of(id + "@0.3"), NationalIdTest.of("order " + id, "DE_TAX_ID", 0));
        // a wrong check digit; every digit once; two digits repeated; three in a row; a first 0; glued
        assertEquals(List.of(), NationalIdTest.of("Steuer-ID " + EuropeanAndAmericanIdTest.lastChanged(id) + " " + steuerId("4719263580")
                + " " + steuerId("4719263554") + " " + steuerId("4449263581") + " " + steuerId("0719263584") + " x" + id, "DE_TAX_ID", 0));
    }

    @Test
    void aChatHandleOfTwoNamesIsAnAccount() {
        assertEquals(List.of("PERSON=oyelaran.bisi"), people("@oyelaran.bisi did the refund go through?"));
        assertEquals(List.of("PERSON=Kasia_Nowicka"), people("thanks @Kasia_Nowicka, sorted"));
        // two English words, a domain, an e-mail, a handle glued to a word, three parts
        assertEquals(List.of(), people("ask @support_team or write to @gmail.com, not me@home.net"));
        assertEquals(List.of(), people("ping x@ab.cdefg or @a.b.c now"));
    }

    @Test
    void particlesAfterAWrittenTitleBelongToTheName() {
        assertEquals(List.of("PERSON=van der Westhuizen"), people("Dear Mrs van der Westhuizen, your order shipped"));
        assertEquals(List.of("PERSON=De Smet"), people("Dear Mr De Smet, your order shipped"));
        // a particle alone after a title names nobody by this rule
        assertEquals(List.of(), people("the form shows Mr de and nothing else"));
    }

    @Test
    void aLowerCaseTitleWithoutItsDotAndAHouseholdRelationIntroduceAName() {
        assertEquals(List.of("PERSON=mcgonagle"), people("the parcel went to mrs mcgonagle next door"));
        assertEquals(List.of("PERSON=Oisín"), people("my brother-in-law Oisín set it up"));
        assertEquals(List.of("PERSON=Wanjiru"), people("my flatmate Wanjiru paid for it"));
        // the words themselves, and a relation before an English word
        assertEquals(List.of(), people("tick mr or mrs on the form"));
        assertEquals(List.of(), people("my landlord said the wifi is included"));
    }

    @Test
    void aHyphenatedGivenNameJoinsTheTaggedFamilyName() {
        assertEquals(List.of("PERSON=Jean-Marc Habimana"), people("Please refund Jean-Marc Habimana, he paid twice"));
        // two common English parts stay outside (the model itself may tag such a run: "Premium-Support Johnson")
        assertEquals(List.of(), people("the Follow-Up Call-Back form"));
    }

    @Test
    void theNewPathsStayLinearOnHostileInput() {
        for (String unit : List.of("@ab.cd ", "@ab.cd@", "@abcdefghijklmnopqrstuvwxyzabcdefghij ", "LM63 ", "LM63 RTV ", "152-KK-",
                "152-KK-804-", "04 D 1 ", "KA 05 MJ ", "KA-05-MJ-4471-", "1234.56.", "123 456 782 ", "7150382a ", "Mrs de la ",
                "Ms Van ", "mrs mr ", "my carer ", "Anne-Marie ", "47192635847 ", "Steuer-ID 4")) {
            CpuLinearity.assertAnalyzerLinear("round 25 plates, handles, BSN groups, PPS, titles", unit);
        }
    }
}
