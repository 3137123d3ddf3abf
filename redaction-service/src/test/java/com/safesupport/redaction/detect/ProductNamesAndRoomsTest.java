package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 25b: a place's or a person's name used as a product's, a shop's or a transport line's name ("the Lisbon
 * armchair", "the Northern line") is no person and no place; a room number alone is no postal address; a Dutch floor ("-II", "-hs") stays on its house number; the German Steuer-ID is read in its printed groups too; a clock time or a weekday alone is 0.35, below the default threshold, until a word of time ("at", "on", "since" …) lifts it. Made-up sentences
 * other than the probe's; the real people and places beside them are still found; linear time on the new checks.
 */
class ProductNamesAndRoomsTest {

    private static List<String> namesAndPlaces(String text) {
        return AnalyzerTest.found(text).stream()
                .filter(f -> f.startsWith("PERSON=") || f.startsWith("LOCATION=") || f.startsWith("NRP=")).toList();
    }

    private static List<String> addresses(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("STREET_ADDRESS=")).toList();
    }

    @Test
    void aNameBeforeAProductNounAfterADeterminerIsAProduct() {
        assertEquals(List.of(), namesAndPlaces("the Lisbon armchair arrived with a broken leg"));
        assertEquals(List.of(), namesAndPlaces("is the Madrid wardrobe still on sale?"));
        assertEquals(List.of(), namesAndPlaces("I bought the Oslo corner sofa last week"));
        assertEquals(List.of(), namesAndPlaces("the Piccadilly line was closed again"));
        assertEquals(List.of(), namesAndPlaces("the Geneva store had no stock"));
        assertEquals(List.of(), namesAndPlaces("do you have a Japan plug adapter?"));
    }

    @Test
    void theSameNamesStillNameAPersonOrAPlace() {
        // no product noun after them, or no determiner before them
        assertTrue(namesAndPlaces("I moved to Lisbon last year").contains("LOCATION=Lisbon"), namesAndPlaces("I moved to Lisbon last year").toString());
        assertTrue(namesAndPlaces("please ask Victoria Okafor to call me").stream().anyMatch(f -> f.startsWith("PERSON=Victoria")),
                namesAndPlaces("please ask Victoria Okafor to call me").toString());
        assertTrue(namesAndPlaces("my wife Florence Adeyemi placed the order").stream().anyMatch(f -> f.startsWith("PERSON=Florence")),
                namesAndPlaces("my wife Florence Adeyemi placed the order").toString());
    }

    @Test
    void aRoomAloneIsNoAddress() {
        assertEquals(List.of(), addresses("the interview was moved to Room 7"));
        assertEquals(List.of(), addresses("Room 31 on the map is in the wrong place"));
        assertEquals(List.of(), addresses("see you in rm 5 at noon"));
    }

    private static List<String> dates(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("DATE_TIME=") || f.startsWith("DATE_OF_BIRTH=")).toList();
    }

    @Test
    void aClockTimeOrAWeekdayAloneStaysBelowTheThreshold() {
        assertEquals(List.of(), dates("the helpline is staffed 8am to 6:30pm Tuesday to Saturday"));
        assertEquals(List.of(), dates("Wednesday works better for me"));
        // as part of a date it is still reported; since round 80 no word of time lifts a clock time alone
        assertEquals(List.of(), dates("the engineer stayed until 11:40 and left"));
        // since round 28b "at", "in" and "from" lift no clock time: a time of day alone is no one's data
        assertEquals(List.of(), dates("the engineer came at 11:40 and left"));
        assertEquals(List.of("DATE_TIME=Thursday"), dates("it was fixed on Thursday"));
        assertEquals(List.of("DATE_TIME=2024-03-07T09:15"), dates("logged 2024-03-07T09:15 by the app"));
        assertTrue(dates("I was born on 14 March 1987").stream().anyMatch(f -> f.contains("14 March 1987")), dates("I was born on 14 March 1987").toString());
    }

    @Test
    void aDutchFloorAfterTheHouseNumberBelongsToTheAddress() {
        assertEquals(List.of("STREET_ADDRESS=Prinsengracht 207-III, 1015 DT Amsterdam"),
                addresses("stuur het naar Prinsengracht 207-III, 1015 DT Amsterdam"));
        assertEquals(List.of("STREET_ADDRESS=Lindengracht 8-hs, 1015 KJ Amsterdam"), addresses("Lindengracht 8-hs, 1015 KJ Amsterdam"));
        // not a floor: VI, IIII, a longer word, glued on (one letter, "207-V", stays a house-number letter as before)
        for (String bad : List.of("207-VI", "207-IIII", "207-IIa", "207-hsx", "207-II-4")) {
            assertTrue(addresses("Prinsengracht " + bad + " is closed").stream().noneMatch(f -> f.contains(bad)), bad);
        }
    }

    @Test
    void aSteuerIdInItsPrintedGroupsNeedsItsWord() {
        String id = PlatesHandlesAndTitledParticlesTest.steuerId("5820374963"); // 3 twice
        String spaced = EuropeanAndAmericanIdTest.grouped(id, " ", 2, 3, 3, 3);
        assertEquals(List.of(spaced), NationalIdTest.values("meine Steuer-ID ist " + spaced, "DE_TAX_ID"));
        assertEquals(List.of(spaced + "@0.3"), NationalIdTest.of("order " + spaced, "DE_TAX_ID", 0));
        // a wrong check digit, another grouping, one group of a longer chain, hyphens
        String wrong = EuropeanAndAmericanIdTest.grouped(EuropeanAndAmericanIdTest.lastChanged(id), " ", 2, 3, 3, 3);
        assertEquals(List.of(), NationalIdTest.of("Steuer-ID " + wrong + ", " + EuropeanAndAmericanIdTest.grouped(id, " ", 3, 3, 3, 2)
                + ", 1 " + spaced + ", " + spaced + " 4, " + EuropeanAndAmericanIdTest.grouped(id, "-", 2, 3, 3, 3), "DE_TAX_ID", 0));
    }

    @Test
    void theNewChecksStayLinearOnHostileInput() {
        for (String unit : List.of("the Lisbon sofa ", "the Lisbon ", "a Rome standing ", "the the ", "Room 7 ", "Room 7, ", "58 203 749 ", "Steuer-ID 58 ", "Gracht 2-II ", "Gracht 2-I-", "9am ", "Monday ")) {
            CpuLinearity.assertAnalyzerLinear("round 25b product names, rooms, Steuer-ID groups", unit);
        }
    }
}
