package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 55: a date or a time next to a word of a shop's or a service's own calendar — opening hours, a store, a parcel's
 * way through a depot, a release, a support ticket, an offer or a contract's term — is no one's data
 * (DATE_TIME dropped, as round 51's transaction dates). Made-up texts; look-alikes stay as they were; linear time with
 * inputs growing ×16.
 */
class Rb55RulesTest {

    @Test
    void aShopsOrAServicesDateIsNoPersonalData() {
        assertNone("Does the Wexford store open at 8am on Saturdays?", "DATE_TIME");
        assertNone("Our hotline is closed from 23 December to 3 January.", "DATE_TIME");
        assertNone("The courier left it at the depot on Wednesday.", "DATE_TIME");
        assertNone("Since firmware 2027.3.1 the speaker keeps rebooting.", "DATE_TIME");
        assertNone("My ticket from 14/02/2026 is still unanswered.", "DATE_TIME");
        assertNone("The spring promo runs until 30 April.", "DATE_TIME");
        assertNone("The warranty on the kettle ends on 30 April 2027.", "DATE_TIME");
        assertNone("Can I leave the contract before November?", "DATE_TIME");
    }

    @Test
    void otherDatesStay() {
        covered("My appointment is on 14/10/2026 at the Leeds clinic.", "DATE_TIME", "14/10/2026");
        covered("Flight 2231 to Porto on 19 May, can I bring a bike?", "DATE_TIME", "19 May");
        covered("The store was fine. I moved house on 14/10/2026.", "DATE_TIME", "14/10/2026");
        // a word that merely holds a calendar word is not one ("opener", "storeroom")
        covered("The tin opener broke on 14/10/2026.", "DATE_TIME", "14/10/2026");
        // a card's expiry date stays reported (an expiry word is not a calendar word here)
        covered("The card expires 05/2029, shall I send it?", "DATE_TIME", "05/2029");
        covered("Please open a ticket for my son, date of birth 12/03/2011.", "DATE_OF_BIRTH", "12/03/2011");
    }

    @Test
    void theNewWordsStayLinear() {
        for (String unit : List.of("store open 8am on Monday ", "opening hours 9:00 ", "depot 12/03/2026 ", "opener 12/03/2026 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 55 calendar words 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
