package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 23: the UK (DVLA) driving licence number, a card or account holder's name after a {@code holder} key, a login
 * said in a sentence, a given and a family name both hyphenated, an Eircode after an Irish county or town, and a unit
 * before a house number that is no postcode — each with made-up values other than the probe's — the look-alikes that
 * stay no finding, and linear time on the new paths.
 */
class LicencesHoldersAndDoubleNamesTest {

    private static List<String> people(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("PERSON=")).toList();
    }

    @Test
    void aUkDrivingLicenceNumberIsFoundByItsShape() {
        // surname, birth date (a woman's month + 50), initials, a digit, two check letters; padded with 9 when short
        assertEquals(List.of("HALVE862047RT9QX@0.5"), NationalIdTest.of("HALVE862047RT9QX", "UK_DRIVER_LICENSE", 0));
        assertEquals(List.of("NG999711083P99AD"), NationalIdTest.values("licence NG999711083P99AD", "UK_DRIVER_LICENSE"));
        assertEquals(List.of("HALVE812047RT9QX@0.85"), NationalIdTest.of("my driving licence is HALVE812047RT9QX", "UK_DRIVER_LICENSE", 0));
        assertEquals(List.of("halve862047rt9qx"), NationalIdTest.values("dvla halve862047rt9qx", "UK_DRIVER_LICENSE"));
        // month 13 or 63, day 00 or 32, a letter after the padding, mixed case, 17 characters, glued: none
        assertEquals(List.of(), NationalIdTest.of("HALVE813047RT9QX HALVE863047RT9QX HALVE812007RT9QX HALVE812327RT9QX",
                "UK_DRIVER_LICENSE", 0));
        assertEquals(List.of(), NationalIdTest.of("NG99A711083P99AD Halve812047RT9QX HALVE812047RT9QXZ x-HALVE812047RT9QXa",
                "UK_DRIVER_LICENSE", 0));
    }

    @Test
    void aHolderKeyNamesItsPerson() {
        assertEquals(List.of("PERSON=Ottoline Vasquez-Abara"), people("WARN declined holder=\"Ottoline Vasquez-Abara\" code=51"));
        assertEquals(List.of("PERSON=Temitope Okunade"), people("refund failed card_holder_name=Temitope Okunade reason=expired"));
        assertEquals(List.of("PERSON=Ifeoluwa Adesanmi"), people("{\"accountHolder\": \"Ifeoluwa Adesanmi\", \"tier\": 2}"));
        // no value, a team, an English sentence, another kind of holder
        assertEquals(List.of(), people("level=INFO holder=null attempts=2"));
        assertEquals(List.of(), people("holder=\"Card Services\" status=ok"));
        assertEquals(List.of(), people("Holder: Please call back"));
        assertEquals(List.of(), people("placeholder=\"Enter Name\" shown"));
    }

    @Test
    void aLoginSaidInASentenceIsAnAccountName() {
        assertEquals(List.of("PERSON=abimbola.o88"), people("my login is abimbola.o88 and it is locked"));
        assertEquals(List.of("PERSON=tkowal_7"), people("my username is tkowal_7"));
        // an English word after "is" names nobody; a number is no account name
        assertEquals(List.of(), people("my login is broken again"));
        assertEquals(List.of(), people("the user id is 448213"));
    }

    @Test
    void aGivenAndAFamilyNameBothHyphenatedAreAPerson() {
        assertEquals(List.of("PERSON=Lise-Lotte Brandt-Holm"), people("please cancel it for Lise-Lotte Brandt-Holm today"));
        // common English parts: products and phrases, not people
        assertEquals(List.of(), people("the Wi-Fi Set-Up guide is wrong"));
        assertEquals(List.of(), people("a Coca-Cola Zero-Sugar crate"));
        assertEquals(List.of(), people("book a Follow-Up Call-Back please"));
    }

    @Test
    void anEircodeAfterAnIrishCountyOrTownIsAPostcode() {
        assertEquals(List.of("STREET_ADDRESS=7 Shandon Street, Cork T23 EK76"), AddressShapesTest.found("7 Shandon Street, Cork T23 EK76"));
        assertEquals(List.of("ZIP_CODE=H91 YR2C"), AnalyzerTest.found("I'm in Galway, H91 YR2C").stream().filter(f -> f.startsWith("ZIP_CODE=")).toList());
        // the shape after another word is a model code as often
        assertEquals(List.of(), AnalyzerTest.found("the Paris T23 EK76 lamp").stream().filter(f -> f.startsWith("ZIP_CODE=")).toList());
        assertEquals(List.of(), AnalyzerTest.found("model T60 R4A2 is faulty"));
    }

    @Test
    void aUnitBeforeTheHouseNumberIsNoPostcodeAndCity() {
        assertEquals(List.of("STREET_ADDRESS=Suite 400, 2280 Granville Street, Vancouver BC V6H 3G4"),
                AddressShapesTest.found("Suite 400, 2280 Granville Street, Vancouver BC V6H 3G4"));
        // a unit alone keeps its line
        assertEquals(List.of("STREET_ADDRESS=Suite 400"), AddressShapesTest.found("Suite 400\nthe lift is broken"));
    }

    @Test
    void theNewPathsStayLinearOnHostileInput() {
        for (String unit : List.of("HALVE812047RT9QX ", "HALVE812047RT9Q ", "holder=\"Aba Aba Aba Aba ", "cardholder: ",
                "holderholder=Ada ", "my login is a.b1 ", "login is ", "Anne-Sophie ", "Ab-Cd Ef-Gh-", "Cork T23 EK76, ",
                "Kilkenny ", "Suite 400, 2280 ", "Suite 4, ")) {
            CpuLinearity.assertAnalyzerLinear("round 23 licences, holders, double names, Eircodes, units", unit);
        }
    }
}
