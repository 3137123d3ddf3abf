package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Address shapes of round 6 (addresses written over lines, postcode lines, one-word PO boxes) with addresses made up
 * for this test, the precision guards (English words ending like a street word), and linear time on a long run of
 * address-like words.
 */
class AddressShapesTest {

    static List<String> found(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("STREET_ADDRESS=")).toList();
    }

    @Test
    void aNameAndHouseNumberLineIsAnAddressWhenAUnitLineFollowsOrPrecedes() {
        assertEquals(List.of("STREET_ADDRESS=417 Kestrava 88", "STREET_ADDRESS=Apt. 12", "STREET_ADDRESS=40213"),
                found("417 Kestrava 88\nApt. 12\nMolvik\nNorway 40213"));
        assertEquals(List.of("STREET_ADDRESS=9 Orlund tee 31", "STREET_ADDRESS=Suite 7", "STREET_ADDRESS=55012"),
                found("> Ana Petrov > 9 Orlund tee 31 > Suite 7 > Tarvi > Estonia 55012"));
        assertEquals(List.of("STREET_ADDRESS=Suite 20", "STREET_ADDRESS=31 Brenvik 6"), found("Mr. Oli Sand Suite 20 31 Brenvik 6 HALDEN"));
        assertEquals(List.of("STREET_ADDRESS=Velmora 14", "STREET_ADDRESS=Apt. 3"), found("Billing:   Velmora 14  Apt. 3  Lisko"));
    }

    @Test
    void aStreetLineFollowedByCityStateAndZipLines() {
        assertEquals(List.of("STREET_ADDRESS=4410 Marrow Kell 12\nFort Aldon\n, KS\n 66123"),
                found("Please ship to 4410 Marrow Kell 12\nFort Aldon\n, KS\n 66123 thanks"));
        assertEquals(List.of("STREET_ADDRESS=88 Tovarna 5\nLISKA (LYSKA)\n, LK\n Ruritania 40213"),
                found("88 Tovarna 5\nLISKA (LYSKA)\n, LK\n Ruritania 40213"));
        // The US shape keeps its city, state and ZIP on one line.
        assertEquals(List.of("STREET_ADDRESS=12 Elm Street, Springfield, IL 62704"), found("12 Elm Street, Springfield, IL 62704"));
    }

    @Test
    void europeanAndUkPostcodesAndCitiesCloseAStreet() {
        assertEquals(List.of("STREET_ADDRESS=14 rue de la Paix, 75002 Paris"), found("send it to 14 rue de la Paix, 75002 Paris please"));
        assertEquals(List.of("STREET_ADDRESS=Lindenstraße 7, 10115 Berlin"), found("Lindenstraße 7, 10115 Berlin"));
        assertEquals(List.of("STREET_ADDRESS=Keizerslaan 9, 1012 AB Amsterdam"), found("Keizerslaan 9, 1012 AB Amsterdam"));
        List<String> uk = found("Flat 3, 22 Cobble Street, London NW1 6XE");
        // the unit line before the house number belongs to the address (round 15)
        assertTrue(uk.contains("STREET_ADDRESS=Flat 3, 22 Cobble Street, London NW1 6XE"), uk.toString());
        assertEquals(List.of("STREET_ADDRESS=9 Mill Lane, Leeds LS1 4AP"), found("9 Mill Lane, Leeds LS1 4AP"));
        // No postcode: the city is left out, as before.
        assertEquals(List.of("STREET_ADDRESS=9 Mill Lane"), found("9 Mill Lane, Leeds is nice"));
        assertEquals(List.of("STREET_ADDRESS=308 Kálvin u. 12", "STREET_ADDRESS=Apt. 4"), found("308 Kálvin u. 12.  Apt. 4"));
    }

    @Test
    void withoutALineOfItsOwnOrAUnitTheShapeIsNoAddress() {
        // Sentence words before a number, and a line without a unit, stay unflagged.
        assertEquals(List.of(), found("I bought Windows 11 and Office 365 last week"));
        assertEquals(List.of(), found("Version 12\nBuild 7"));
        assertEquals(List.of("STREET_ADDRESS=Apt. 3"), found("Chapter 12 Apt. 3 was weird"));
    }

    @Test
    void thePostcodeLineClosesAnAddressAsAFindingOfItsOwn() {
        List<String> f = found("Lia Berg\n12 Havnegade 7\nApt. 4\nVarde\nDenmark 6800");
        assertTrue(f.contains("STREET_ADDRESS=6800"), f.toString());
        // Only right after an address: a word and a number alone are no postcode.
        assertEquals(List.of(), found("Denmark 6800"));
        // A number that does not end its line, or a lower-case sentence before it, is no postcode line.
        assertEquals(List.of("STREET_ADDRESS=221B Baker Avenue"), found("221B Baker Avenue is lovely. Invoice 12345 is unpaid"));
        assertEquals(List.of("STREET_ADDRESS=221B Baker Avenue"), found("221B Baker Avenue is lovely, please check Order 12345"));
    }

    @Test
    void oneWordPostOfficeBoxes() {
        assertEquals(List.of("STREET_ADDRESS=Postbox 53"), found("send it to Postbox 53 please"));
        assertEquals(List.of("STREET_ADDRESS=Postfach 1204"), found("Postfach 1204"));
    }

    @Test
    void englishWordsWithAStreetWordEndingAreNoStreet() {
        // "ring", "hof", "weg", "tie" end compound street names ("Mittelring 4"), and English words too.
        assertEquals(List.of(), found("During 1971 the company grew"));
        assertEquals(List.of(), found("We are offering 20 percent off, spring 2024 only"));
        assertEquals(List.of("STREET_ADDRESS=Mittelring 4"), found("Mittelring 4"));
    }

    @Test
    void sixtyFourKilobytesOfAddressLikeWordsStayLinear() {
        String[] units = {"12 Kestrava 88 > Apt. 4 > ", "Suite 9 31 Brenvik 6  ", "Norway 40213 ", "Postbox 5 ", "Mittelring 4\n",
                "Denmark Denmark Denmark ", "Apt. Apt. Apt. 1 "};
        for (String unit : units) {
            String text = unit.repeat(65536 / unit.length() + 1).substring(0, 65536);
            List<Finding> findings;
            try {
                findings = AnalyzerTest.ANALYZER.analyze(text, Analyzer.Options.defaults("en", 0.0),
                        Deadline.in(AdversarialCorpusTest.GENEROUS_MS * 1_000_000L));
            } catch (Deadline.Exceeded timeout) {
                fail("no result within " + AdversarialCorpusTest.GENEROUS_MS + " ms for: " + unit);
                return;
            }
            int previousEnd = 0;
            for (Finding f : findings) {
                assertTrue(f.start() >= previousEnd && f.end() <= text.length(), unit);
                previousEnd = f.end();
            }
        }
        // The 2 kB and 64 kB versions of one shape, on the thread's CPU clock: the larger costs no more than a generous
        // multiple of 32 times (a single wall-clock sample read 7.4 under load; the CPU ratio is ~0.8).
        double ratio = CpuLinearity.ratioOfRepeated("12 Kestrava 88 > Apt. 4 > Norway 40213 ",
                text -> AnalyzerTest.ANALYZER.analyze(text, Analyzer.Options.defaults("en", 0.0)));
        System.out.printf("address-like 64 kB / (32 x 2 kB) CPU time ratio: %.2f%n", ratio);
        assertTrue(ratio < 8, "address scanning must stay linear, ratio " + ratio);
    }
}
