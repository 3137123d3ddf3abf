package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 70 (round 69's tests; round 69 as round 68, without its particles reading) revives round 57's two rules and adds (3) a site's noun in Italian, Spanish, French, Dutch, German or English
 * before a place ("negozio di Verona", "Lager Hamburg"), (4) a place right before a site noun ("Doncaster depot") and a
 * product noun as the third word after "the" and a place ("the Kyoto ceramic dinner set"). Round 57: places a service reaches and places a journey runs between are no one's data — (1) right after a word of a
 * service's reach or a parcel's way and "in" or "to" ("roaming in Norway", "delivery to Bergen", "stuck in Genoa");
 * (2) in a sentence about a flight, a train or a ferry, after "from" or "to" and before " to " ("the flight from Bergen
 * to Tallinn"). Made-up texts; look-alikes stay as they were; linear time with inputs growing ×16.
 */
class Rb70PlacesTest {

    @Test
    void placesAServiceReachesAreNoOnesData() {
        assertNone("Why was I billed for roaming in Norway when my plan covers it?", "LOCATION");
        assertNone("How much is next-day delivery to Bergen and Tromsø?", "LOCATION");
        assertNone("What is the postage to Iceland for a small box?", "LOCATION");
        assertNone("Can a bank transfer to Portugal take three days?", "LOCATION");
        assertNone("The box is stuck in Genoa and the tracking has not moved.", "LOCATION");
        assertNone("The tracking page says the box is due in Tallinn on Thursday.", "LOCATION");
    }

    @Test
    void placesAJourneyRunsBetweenAreNoOnesData() {
        assertNone("The flight from Bergen to Tallinn was moved by six hours, can I get a refund?", "LOCATION");
        assertNone("Is there wifi on the night train to Vienna?", "LOCATION");
        assertNone("My flights to Porto and Faro were both booked twice.", "LOCATION");
        assertNone("Does the Genoa to Palermo ferry take bicycles?", "LOCATION");
    }

    @Test
    void sitesNamedInOtherLanguagesAreNoOnesPlace() {
        assertNone("Il divano è arrivato rotto, l'ho comprato nel negozio di Ancona.", "LOCATION");
        assertNone("Mi pedido sigue en el almacén de Albacete desde el martes.", "LOCATION");
        assertNone("Le colis est resté au centre de tri de Roissy depuis lundi.", "LOCATION");
        assertNone("Die Sendung liegt seit Montag im Lager Kassel.", "LOCATION");
        assertNone("Het pakket ligt nog in het magazijn in Tilburg.", "LOCATION");
        assertNone("Scan log: pallet moved to warehouse Tilburg at dawn.", "LOCATION");
    }

    @Test
    void placesNamingASiteOrAProductAreNoOnesPlace() {
        assertNone("Tracking says the box is held at Swindon depot since dawn.", "LOCATION");
        assertNone("The Ancona ceramic dinner set came with a cracked plate.", "LOCATION");
        assertNone("The Lucerne coffee grinder stopped working after a week.", "LOCATION");
        assertNone("Is the Tromsø carry-on part of the sale?", "LOCATION");
        assertNone("The 'Lucerne' wall clock was cheaper last week.", "LOCATION");
        assertNone("Is the \"Ancona\" suitcase still in stock?", "LOCATION");
    }

    @Test
    void formWordsOfOtherLanguagesAreNoNames() {
        assertNone("Paczka nie dotarła, proszę o pomoc.", "PERSON=Paczka");
        assertNone("Hiermit widerrufe ich meine Bestellung.", "PERSON=Hiermit");
        assertNone("Não consigo baixar o extrato do mês passado.", "PERSON=extrato");
        assertNone("Sconto non applicato al carrello.", "PERSON=Sconto");
    }

    @Test
    void otherPlacesAndPeopleStay() {
        // no journey word in the sentence: a customer's own move
        covered("I moved from Bergen to Tallinn last month and my bill still goes to the old flat.", "LOCATION", "Tallinn");
        // a journey word in another sentence does not reach this one
        covered("The flight was fine. I live in Tallinn now.", "LOCATION", "Tallinn");
        // a person who is no place after a transfer word stays a person
        covered("I made a transfer to Ingrid Thorsdottir yesterday and it bounced.", "PERSON", "Ingrid Thorsdottir");
        // a person on a flight stays a person
        covered("The flight was booked by Ingrid Thorsdottir for both of us.", "PERSON", "Ingrid Thorsdottir");
        // a place after "in" with no service word before it
        covered("The parcel was stolen from my door in Tallinn.", "LOCATION", "Tallinn");
        // "travelling to" is no journey word: the place stays
        covered("I am travelling to Tallinn next week, please hold my post.", "LOCATION", "Tallinn");
        // a site word with no place after it, and a place with no site or product noun after it
        covered("The shop assistant was rude. I live in Tallinn.", "LOCATION", "Tallinn");
        covered("Please send the replacement to me in Tallinn, not to the shop.", "LOCATION", "Tallinn");
        // a person after a site word's preposition is no place: stays a person
        covered("The manager of the negozio di via Roma, Giulia Bassani, promised a refund.", "PERSON", "Giulia Bassani");
        // "the Tallinn" and a lower-case word that is no product noun
        covered("I moved to the Tallinn area last year and my bill still goes to the old flat.", "LOCATION", "Tallinn");
    }

    @Test
    void theNewRulesStayLinear() {
        for (String unit : List.of("roaming in Bergen, Pisa and Lucca, ", "delivery to delivery to stuck in ",
                "the flight from Bergen to Pisa to Lucca ", "Flight to Genoa and Pisa or Lucca. ", "from from to to flight ",
                "negozio di Verona, Pisa e Lucca ", "Lager Lager Lager Hamburg ", "the Kyoto ceramic dinner set ", "Swindon depot hub ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 70 service, journey and site places 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
