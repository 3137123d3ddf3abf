package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 81, places in messages that hold no personal data (made-up texts): a place named right after a word for a product's
 * model or a meeting room ("router model Tarragona AX1800", "meeting room Ostend"), between "the" and "one" or "room" ("the
 * Ghent one", "the Aarhus room"), as the value of a site's field in a record ("\"warehouse\": \"Venlo\"") or after a plan's
 * "calls to" names a thing, a room, a site or a service's reach, not where anyone is. A place that locates a person — an
 * address, "I live in", "my home in", "born in" — keeps its reading. Hostile inputs grow ×16 in linear time.
 */
class Rb81PlacesTest {

    @Test
    void aPlaceAfterAModelOrARoomWordNamesAThing() {
        assertNone("Router model Tarragona AX1800 drops the connection every evening", "LOCATION=");
        assertNone("the kettle model Lisbon K2 switches itself off too early", "LOCATION=");
        assertNone("Le modèle Annecy et le modèle Bordeaux ont la même garantie", "LOCATION=");
        assertNone("Meeting room Ostend, floor 2, Thursday - design review only.", "LOCATION=");
        assertNone("Meeting rooms Leuven and Namur both show a booking error", "LOCATION=");
    }

    @Test
    void aPlaceBetweenTheAndOneOrRoomNamesAThing() {
        assertNone("Can I swap the Bruges lamp for the Ghent one?", "LOCATION=");
        assertNone("The Aarhus room and the Odense room are both double-booked after lunch.", "LOCATION=");
    }

    @Test
    void aPlaceAsASiteFieldOrAPlansCallsIsNoOnesPlace() {
        assertNone("{\"order\":\"SO-1234\",\"warehouse\":\"Venlo\",\"status\":\"PACKED\"}", "LOCATION=");
        assertNone("{\"order\": \"SO-5678\", \"depot\": \"Graz\", \"status\": \"PACKED\"}", "LOCATION=");
        assertNone("Does the Basic plan include calls to Portugal and Norway?", "LOCATION=");
    }

    @Test
    void theSiteFieldIsReadExactly() {
        String record = "{\"warehouse\": \"Venlo\"}";
        assertTrue(NameModelRecognizer.siteField(record, record.indexOf("Venlo")));
        String compact = "{'depot':'Graz'}";
        assertTrue(NameModelRecognizer.siteField(compact, compact.indexOf("Graz")));
        String city = "{\"city\": \"Venlo\"}";
        assertFalse(NameModelRecognizer.siteField(city, city.indexOf("Venlo")));
        String loose = "warehouse: Venlo";
        assertFalse(NameModelRecognizer.siteField(loose, loose.indexOf("Venlo")));
        assertFalse(NameModelRecognizer.siteField("Venlo", 0));
    }

    @Test
    void aPlaceThatLocatesAPersonKeepsItsReading() {
        assertFound("I live in Tarragona and the router keeps dropping the connection", "LOCATION=Tarragona");
        assertFound("Please send the replacement to my home in Ostend, Belgium.", "LOCATION=Ostend");
        assertFound("I was born in Ghent and moved last year", "LOCATION=Ghent");
        List<String> json = AnalyzerTest.found("{\"name\": \"Wanda Kessler\", \"city\": \"Venlo\"}");
        assertTrue(json.stream().anyMatch(f -> f.startsWith("LOCATION=")), json::toString);
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("model Tarragona AX1800 ", "room Ostend and Namur ", "the Ghent one ", "the Aarhus room ",
                "\"warehouse\": \"Venlo\", ", "calls to Portugal and Norway ", "' : ' : ' \" : ", "model model model ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 81 places 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
