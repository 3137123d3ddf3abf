package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 77 (issue 14, branch bh77): a member of staff of the customer's own club, school, employer or landlord is only
 * mentioned ({@link HumanRequestDetector#mentionOnly}), in the eight languages; a person of the bank's (a branch, a bank
 * or an account named after the possessive) or a person asked for still is not. Texts made up for this test.
 */
class Bh77OwnStaffTest {

    @Test
    void staffOfTheCustomersOwnOrganisationAreOnlyMentioned() {
        for (String text : List.of(
                "An employee of my gym asked for my IBAN for the monthly fee. Which details do I give?",
                "Ein Mitarbeiter meiner Hausverwaltung will die Miete per Lastschrift einziehen, was brauche ich dafür?",
                "Un employé de mon club de judo demande un RIB pour la cotisation, où le trouver ?",
                "Een medewerker van mijn zwemclub vraagt om een machtiging, hoe geef ik die?",
                "Un empleado de mi gimnasio me pide el número de cuenta para la cuota, ¿dónde lo veo?",
                "Un impiegato della mia palestra vuole l'IBAN per la quota, dove lo trovo?",
                "Um funcionário do meu ginásio pediu o IBAN para a mensalidade, onde o vejo?",
                "Pracownik mojej szkoły językowej prosi o numer konta do opłaty, gdzie go znajdę?")) {
            assertTrue(HumanRequestDetector.mentionOnly(text), text);
        }
    }

    @Test
    void theBanksPeopleAndRequestsAreNotOnlyMentioned() {
        for (String text : List.of(
                "An adviser at my local branch told me to ask here, is that right?",
                "Ein Mitarbeiter meiner Bankfiliale hat mir das empfohlen, stimmt das?",
                "I want a member of staff to look at this, not a bot.")) {
            assertFalse(HumanRequestDetector.mentionOnly(text), text);
        }
    }

    @Test
    void theRuleStaysLinearOnHostileInput() {
        for (String unit : List.of("employee of my ", "staff at our staff at ", "pracownik mojej ", "medewerker van mijn ",
                "employee of my bank ", "x".repeat(40) + " of my ")) {
            RuleLinearity.assertLinear(unit, HumanRequestDetector::mentionOnly, 16);
        }
    }
}
