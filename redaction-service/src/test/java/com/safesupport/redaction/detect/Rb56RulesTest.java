package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 56: places a seller serves or has a site in, and places or names that name a seller's site, device or goods, are
 * no one's data — (1) more nouns after "the" and a name ("the Genoa depot", "the Tallinn router", "the Daphne green tea");
 * (2) places asked about in a coverage question ("Do you ship to Bergen, Norway?"); (3) places right after a seller's
 * site and "in"/"at" ("our branches in Genoa, Pisa and Lucca"); (4) firms: names joined by an ampersand before a company word
 * ("Quayle & Dunmore Ltd"), a legal form alone, a place before a legal form or "Logistics". A payment card still needs Luhn, with a card word or not.
 * Made-up texts; look-alikes stay as they were; linear time with inputs growing ×16.
 */
class Rb56RulesTest {

    @Test
    void aSellersSitesDevicesAndGoodsAreNoPlaces() {
        assertNone("My parcel has been sitting in the Genoa depot for a week.", "LOCATION");
        assertNone("The Tallinn router drops the connection every night.", "LOCATION");
        assertNone("Does the Daphne green tea contain caffeine?", "PERSON");
        assertNone("It left the Bremen hub yesterday and nothing since.", "LOCATION");
        assertNone("The Sorrento ceiling fan hums at low speed.", "LOCATION");
    }

    @Test
    void placesTheSellerServesAreNoCustomersData() {
        assertNone("Do you ship to Bergen, Norway?", "LOCATION");
        assertNone("Do you deliver to Pisa, Lucca or Siena, or only to the big cities?", "LOCATION");
        assertNone("Does the Genoa depot also deliver to Pisa and Lucca?", "LOCATION");
        assertNone("Do you have a store in Tallinn?", "LOCATION");
        assertNone("Your shop in Tartu told me to return it online.", "LOCATION");
        assertNone("Our branches in Genoa, Pisa and Lucca all have the same problem.", "LOCATION");
    }

    @Test
    void firmsNamedLikePeopleOrPlacesAreNoOnesData() {
        assertNone("I paid Quayle & Dunmore Ltd twice for the same invoice.", "PERSON");
        assertNone("The refund from Pike & Rowe's GmbH never arrived.", "PERSON");
        assertNone("The transfer to Lindqvist AG on Monday bounced.", "LOCATION");
        assertNone("Our order went through Bremen Logistics and got lost.", "LOCATION");
    }

    @Test
    void twoPeopleJoinedByAnAmpersandStay() {
        covered("Thanks so much, Ingrid & Tomasz", "PERSON", "Ingrid");
        covered("The account is in the names of Ingrid Thorsdottir & Tomasz Wielgosz.", "PERSON", "Tomasz Wielgosz");
    }

    @Test
    void otherPlacesAndNamesStay() {
        // not a question, no "do you"/"does" opening: a customer's own place
        covered("I moved to Bergen last month and my bill still goes to the old flat.", "LOCATION", "Bergen");
        // a question that does not ask where the seller ships
        covered("Do you know why my card was declined in Tallinn?", "LOCATION", "Tallinn");
        // the coverage word must come before the place
        covered("Do you know if Tallinn has a store?", "LOCATION", "Tallinn");
        // a person in a coverage question who is no place stays a person
        covered("Do you deliver to Ingrid Thorsdottir at the back door?", "PERSON", "Ingrid Thorsdottir");
        // a place after "in" with no site word before it
        covered("The parcel was stolen from my door in Tallinn.", "LOCATION", "Tallinn");
        // a site word in another sentence does not reach this one
        covered("I visited your shop. In Tartu they said no.", "LOCATION", "Tartu");
        // a name not after a determiner and a site or goods noun stays a name
        covered("Daphne called about the router.", "PERSON", "Daphne");
        // a new noun does not silence a place that is followed by an unrelated word
        covered("The weather in Genoa was awful when the parcel came.", "LOCATION", "Genoa");
    }

    @Test
    void aCardNumberStillNeedsLuhnWithACardWordNearby() {
        // a sixteen-digit number of a known brand's prefix that fails Luhn is no card, however it is labelled
        for (String text : List.of("card 4539 1488 0343 6468", "my credit card is 4539148803436468",
                "Visa card number 4539-1488-0343-6468", "reference 5425 2334 3010 9904 (the card payment)")) {
            assertNone(text, "CREDIT_CARD");
        }
        // the Luhn-valid neighbour stays a card
        covered("card 4539 1488 0343 6467", "CREDIT_CARD", "4539 1488 0343 6467");
    }

    @Test
    void theNewRulesStayLinear() {
        for (String unit : List.of("Do you ship to Bergen, Pisa and Lucca? ", "Do you ship to Bergen and Lucca and ",
                "our shops in Genoa, Pisa and Lucca, ", "the Genoa depot and the Tallinn router ", "shop in shop in shop at ",
                "Quayle & Dunmore & Pike & Rowe Ltd ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 56 seller places 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
