package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phone precision rules: only numbers libphonenumber calls valid, the national trunk-0 rule, no IPv4-like or
 * card-like groupings, US ITIN's odd groupings only with context, and a more specific type over a phone on the
 * same span. Values made up for this test.
 */
class PhonePrecisionTest {

    private static final PhoneRecognizer PHONES = new PhoneRecognizer(List.of("US", "GB", "DE", "FR"));

    static List<String> phones(PhoneRecognizer recognizer, String text) {
        List<Candidate> out = new ArrayList<>();
        recognizer.recognize(TextNormalizer.normalize(text, "en").withPack(LanguagePack.load("en")), out);
        return out.stream().map(c -> text.substring(c.start, c.end) + "@" + c.score).toList();
    }

    static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }

    @Test
    void validNumbersAreReportedMerelyPossibleOnesAreNot() {
        // Valid for the US plan (415 555) vs. the right length but no valid range (exchanges never start with 1).
        assertEquals(List.of("PHONE_NUMBER=(415) 555-2671"), found("reach me at (415) 555-2671"));
        assertEquals(List.of("(234) 156-7890@0.05"), phones(PHONES, "ref (234) 156-7890"));
        assertEquals(List.of(), found("ref (234) 156-7890"));
        // Only a context word lifts a merely possible number, to the threshold and no further.
        List<Finding> withContext = AnalyzerTest.ANALYZER.analyze("call me on (234) 156-7890", Analyzer.Options.defaults("en", 0.4));
        assertEquals(List.of(0.4), withContext.stream().map(Finding::score).toList());
        // International: valid for its country code; +1 with a 1xx area code is only possible.
        assertEquals(List.of("PHONE_NUMBER=+44 20 7946 0958"), found("ref +44 20 7946 0958 today"));
        assertEquals(List.of("+1 123 456 7890@0.05"), phones(PHONES, "ref +1 123 456 7890 today"));
        assertEquals(List.of(), found("ref +1 123 456 7890 today"));
    }

    @Test
    void nationalNumbersOfTrunkZeroRegionsCarryTheZero() {
        PhoneRecognizer gb = new PhoneRecognizer(List.of("GB"));
        assertEquals(1, phones(gb, "office 020 7946 0958 today").size());
        assertEquals(List.of(), phones(gb, "office 20 7946 0958 today"));
        assertEquals(1, phones(gb, "office +44 20 7946 0958 today").size());
        PhoneRecognizer de = new PhoneRecognizer(List.of("DE"));
        assertEquals(1, phones(de, "Büro 030 901820 47 heute").size());
        assertEquals(List.of(), phones(de, "Büro 30 901820 47 heute"));
        // Regions without a trunk 0 (the US dials 1) are unaffected; India writes mobiles without it and is exempt.
        assertEquals(1, phones(new PhoneRecognizer(List.of("US")), "call 415 555 2671 now").size());
        assertEquals(1, phones(new PhoneRecognizer(List.of("IN")), "call 98765 43210 now").size());
    }

    @Test
    void dottedQuadsAreAddressesNotPhones() {
        assertTrue(PhoneRecognizer.dottedQuad("10.120.30.140"));
        assertTrue(PhoneRecognizer.dottedQuad("192.168.1.1 55"));
        assertFalse(PhoneRecognizer.dottedQuad("030.9018.2047"));
        assertFalse(PhoneRecognizer.dottedQuad("415.555.2671"));
        assertEquals(List.of(), phones(PHONES, "server 212.155.20.167 is down"));
        assertEquals(List.of("IP_ADDRESS=212.155.20.167"), found("server 212.155.20.167 is down"));
        // A dotted phone number is still one.
        assertEquals(List.of("PHONE_NUMBER=415.555.2671"), found("call 415.555.2671 now"));
        // Five dotted pairs are the French way of writing a number, not an address.
        assertFalse(PhoneRecognizer.dottedQuad("01.84.17.61.18"));
        assertEquals(List.of("PHONE_NUMBER=01.84.17.61.18"), found("appelez le 01.84.17.61.18 svp"));
    }

    @Test
    void cardLikeGroupingsAreNotPhones() {
        assertTrue(PhoneRecognizer.cardLike("4111 1111 1111 111"));
        assertTrue(PhoneRecognizer.cardLike("4155 5526 7100"));
        assertTrue(PhoneRecognizer.cardLike("3714 496353 9843"));
        assertFalse(PhoneRecognizer.cardLike("0800 123 4567"));
        assertFalse(PhoneRecognizer.cardLike("+44 1234 5678 9012"));
        assertFalse(PhoneRecognizer.cardLike("(415) 555-2671"));
        // 4155 5526 7100 would parse as a valid US number; grouped like a card it is not reported as a phone.
        assertEquals(List.of(), phones(PHONES, "ref 4155 5526 7100 ok"));
        assertEquals(List.of(), phones(PHONES, "card 4111 1111 1111 111 expired"));
    }

    @Test
    void itinOddGroupingsNeedContext() {
        // 3-6 and 5-4 shapes score 0.05: below the threshold alone, reported with a context word.
        assertEquals(List.of(), found("reference 912-701234 attached"));
        assertEquals(List.of(), found("reference 91270 1234 attached"));
        assertEquals(List.of("US_ITIN=912-701234"), found("my itin is 912-701234"));
        assertEquals(List.of("US_ITIN=91270 1234"), found("my itin is 91270 1234"));
        List<Finding> low = AnalyzerTest.ANALYZER.analyze("reference 912-701234 attached", Analyzer.Options.defaults("en", 0.0));
        assertEquals(List.of(0.05), low.stream().filter(f -> f.type().equals("US_ITIN")).map(Finding::score).toList());
        // Outside the IRS ranges (4th-5th digits 66) no shape is an ITIN.
        assertEquals(List.of(), found("my itin is 912-661234"));
    }

    @Test
    void aMoreSpecificTypeWinsOverAPhoneOnTheSameSpan() {
        Recognizer r = new PhoneRecognizer(List.of("US"));
        List<Candidate> kept = new ArrayList<>(List.of(
                new Candidate("PHONE_NUMBER", 5, 17, 0.9, r, "libphonenumber"),
                new Candidate("UK_NHS", 5, 17, 0.5, r, "nhs-mod11"),
                new Candidate("PHONE_NUMBER", 20, 32, 0.75, r, "libphonenumber"),
                new Candidate("US_SSN", 20, 31, 0.6, r, "ssn-ranges")));
        Analyzer.specificOverPhone(kept);
        assertEquals(List.of("UK_NHS", "PHONE_NUMBER", "US_SSN"), kept.stream().map(c -> c.type).toList());
        assertEquals(List.of("UK_NHS=943 476 5919"), found("nhs number 943 476 5919"));
    }
}
