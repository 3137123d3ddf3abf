package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;

/**
 * Round 33: a name after "Best wishes" on its own line; "Month the 9th, 1990"; a capitalised particle opening a street
 * ("Van …straat", "Am …weg"); a city with "am" / "im" ("Frankfurt am Main"); an Irish town of two words before "Co. …"
 * and an Eircode; and what is no place: a place naming a product ("the Lugano Sofa") and a weekday or month alone.
 * Made-up values other than the probe's; look-alikes stay unreported; linear time on the new checks.
 */
class WishesParticlesAndProductPlacesTest {

    @Test
    void nameAfterBestWishes() {
        covered("Best wishes\nEulalie Brannigan", "PERSON", "Eulalie");
        covered("Best wishes\nEulalie Brannigan", "PERSON", "Brannigan");
        covered("Warm wishes,\nSolveig Marrable", "PERSON", "Solveig Marrable");
        assertNone("Best wishes\nThe Returns Team", "PERSON=");
        assertNone("please pass on my best wishes to everyone in the shop", "PERSON=");
    }

    @Test
    void monthTheDayYear() {
        covered("dob is April the 3rd, 1991 if you need it", "DATE_OF_BIRTH", "April the 3rd, 1991");
        assertNone("we march the 5th battalion home", "DATE");
    }

    @Test
    void streetParticlesAndCityParticles() {
        covered("bezorgen op Van Ostadestraat 12, 1072 SV Amsterdam", "STREET_ADDRESS", "Van Ostadestraat 12, 1072 SV Amsterdam");
        covered("Anschrift: Goethestraße 4, 60313 Frankfurt am Main", "STREET_ADDRESS", "Goethestraße 4, 60313 Frankfurt am Main");
        covered("3 Seapoint Avenue, Monkstown Farm, Co. Dublin A96 K4P2", "STREET_ADDRESS",
                "3 Seapoint Avenue, Monkstown Farm, Co. Dublin A96 K4P2");
        assertNone("Lieferung an Goethestraße 4, 10115 Berlin am Montag.", "STREET_ADDRESS=Goethestraße 4, 10115 Berlin am");
        assertNone("wir wohnen In Lindenweg 5 seit Mai", "STREET_ADDRESS=In ");
        assertNone("5 Main Street, Old Mill Quarter East, Co. Down", "STREET_ADDRESS=5 Main Street, Old Mill Quarter East, Co");
    }

    @Test
    void productPlacesAndCalendarWordsAreNoPlaces() {
        assertNone("The Lugano Sofa is on sale this week", "LOCATION=");
        assertNone("Does the Nagoya Tea Set come with cups?", "LOCATION=");
        assertNone("we deliver on Saturdays only", "LOCATION=");
        covered("I moved to Lyon last year", "LOCATION", "Lyon");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("Best wishes\n", "best wishes, Ab ", "April the 3rd, ", "April the ", "Van ", "Van der Ab ",
                "Ab 4, 10115 Ab im ", "im Ab ", "am ", ", Ab Cd, Co. Ab ", "Co. ", "the Ab Sofa ", "Ab Cd Set ", "Sundays ")) {
            CpuLinearity.assertAnalyzerLinear("round 33 wishes, month-the-day, street and city particles, product places", unit);
        }
    }
}
