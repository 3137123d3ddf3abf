package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 41: user names after platform words and after the writer's own "I post as"; month-first dates of birth with
 * the day in words; a flat or apartment word joining the address it begins. Made-up values other than the probe's;
 * look-alikes stay as they were; linear time on the new checks with inputs growing ×16.
 */
class RoundFortyOneRulesTest {

    @Test
    void userNamesAfterPlatformWords() {
        covered("My IGN is MarbleFox77 if that helps the support team.", "USERNAME", "MarbleFox77");
        covered("Discord: tidal_wren — I got banned from the server.", "USERNAME", "tidal_wren");
        covered("PSN ID: QuietHarbor19, the trophy did not unlock.", "USERNAME", "QuietHarbor19");
        covered("My Xbox name is BrassLantern204 and the pass is missing.", "USERNAME", "BrassLantern204");
        covered("gamertag: CopperMoth88", "USERNAME", "CopperMoth88");
        covered("In-game name = frost_pine", "USERNAME", "frost_pine");
        // look-alikes: no name shape, a verb's own clause, a link, a product with no lead-in word
        assertNone("Discord is down again: error 5402 on every login.", "USERNAME");
        assertNone("The Xbox name is shown on the box.", "USERNAME");
        assertNone("Discord: https://example.com/invite", "USERNAME");
        assertNone("I bought the Windows11 upgrade for 49 euros.", "USERNAME");
        assertNone("Login: failed", "USERNAME");
    }

    @Test
    void userNamesAfterTheWritersOwnPostingVerb() {
        covered("On the owners' forum I post as birch_and_slate and my posts vanished.", "USERNAME", "birch_and_slate");
        covered("I'm posting under the name grey.heron and can't log in.", "USERNAME", "grey.heron");
        covered("We play as team_nova_eu in the league.", "USERNAME", "team_nova_eu");
        covered("i stream as owlcat93 most evenings", "USERNAME", "owlcat93");
        // look-alikes: a plain word or a role after the verb; a bare @handle in running text; someone else posting
        assertNone("I post as a guest because registering failed.", "USERNAME");
        assertNone("I play as Mercy mostly, the patch broke her.", "USERNAME");
        assertNone("Thanks to @river_otter for the tip, it worked.", "USERNAME");
        assertNone("They post as anonymous_user on every thread.", "USERNAME");
    }

    @Test
    void monthFirstDatesOfBirthWithTheDayInWords() {
        assertFound("For security my birthday is March the ninth, nineteen seventy-four.",
                "DATE_OF_BIRTH=March the ninth, nineteen seventy-four");
        assertFound("Date of birth: June twenty first, 2001", "DATE_OF_BIRTH=June twenty first, 2001");
        assertFound("born December the thirty-first 1968 in Cork", "DATE_OF_BIRTH=December the thirty-first 1968");
        assertEquals(12, SpokenDates.ordinalAt("twenty-third, x", 0));
        assertEquals(12, SpokenDates.ordinalAt("twenty third", 0));
        assertEquals(-1, SpokenDates.ordinalAt("thirty second", 0));
        assertEquals(-1, SpokenDates.ordinalAt("twenty one", 0));
        // look-alikes: no birth word (an appointment), no year, a day past the thirty-first
        assertNone("The delivery is booked for March the ninth, two thousand and twenty-six.", "DATE_OF_BIRTH");
        assertNone("My birthday is October the second so please ship before.", "DATE_OF_BIRTH=October the");
        assertNone("born October the thirty-second, nineteen eighty", "DATE_OF_BIRTH=October the");
    }

    @Test
    void flatWordsJoinTheAddressTheyBegin() {
        assertTrue(AnalyzerTest.found("Send it to Apt 7, Harbour View, Quay Street, Galway H91 E2K4 please.").stream()
                .anyMatch(f -> f.startsWith("STREET_ADDRESS=Apt 7, Harbour View")), "Apt joins");
        assertEquals(0, AddressRecognizer.unitWordOpening("Flat 3b, x", "flat 3b, x", 5));
        assertEquals(0, AddressRecognizer.unitWordOpening("Apt. 12, x", "apt. 12, x", 5));
        assertEquals(0, AddressRecognizer.unitWordOpening("Wohnung 4, x", "wohnung 4, x", 8));
        // look-alikes: other words before a number, a shouted unit, a word glued to another
        assertEquals(-1, AddressRecognizer.unitWordOpening("Room 12, x", "room 12, x", 5));
        assertEquals(-1, AddressRecognizer.unitWordOpening("APT 12, x", "apt 12, x", 4));
        assertEquals(-1, AddressRecognizer.unitWordOpening("Chapter 12, x", "chapter 12, x", 8));
        assertEquals(-1, AddressRecognizer.unitWordOpening("Unit 123456 x", "unit 123456 x", 5));
        assertNone("Unit 4 of the course covers budgeting.", "STREET_ADDRESS");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("I post as x_y ", "i i i post post as as ", "Gamertag: Ab12 ", "discord discord psn ",
                "IGN ", "birthday October the twenty-third, nineteen eighty-two ", "born March the ninth ",
                "Apt 12, ", "Apt 12, Riverside Court, Dock Road, Limerick V94 K2X8 ", "Flat Flat Flat 3 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 41 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
