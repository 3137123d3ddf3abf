package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 61 (issue 14, branch bh61; round 60's candidate, bh60, reapplied): the messages the decline streak now leaves where it was after any reply (not only
 * after one decline) are the calm facts {@link FollowUp#addsFacts} reads: dates, amounts, the channel or card, what the
 * customer did; a question, a complaint or a call for help is none. Sentences written for this test, none from a dataset
 * or from the written sets. The rule reads each message once: linear on hostile input.
 */
class Bh61FactsTest {

    @Test
    void factsAboutTheCustomersOwnQuestion() {
        for (String text : List.of(
                "I paid 40 pounds with my debit card on Friday.",
                "Wir wohnen seit 2018 in Hamburg und ich bekomme mein Gehalt auf dieses Konto.",
                "Cobro mi sueldo el día 25 y pagué la última cuota ayer.",
                "J'ai fait le virement depuis l'application le 3/11.",
                "Ik heb de kaart vorige maand in de app aangevraagd, als dat uitmaakt.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void aQuestionOrAComplaintIsNoFact() {
        for (String text : List.of(
                "Can I do it from the app?",
                "Ich habe das schon gestern versucht, aber es klappt nicht.",
                "I told you already, I paid it yesterday!",
                "J'ai besoin d'aide avec mon virement.")) {
            assertFalse(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void doingItAgainAndAgainIsAComplaint() {
        for (String text : List.of(
                "I've already restarted the app three times.",
                "Ich habe die Nummer schon zweimal eingegeben.",
                "J'ai déjà appelé deux fois la semaine dernière.",
                "Ya he llamado tres veces a la oficina.",
                "Ho già provato più volte dal telefono.",
                "Ik heb het formulier al drie keer ingevuld.",
                "Já tentei várias vezes no multibanco.",
                "Dzwoniłam już kilka razy w tej sprawie.",
                "I've been waiting since Monday for the card.")) {
            assertTrue(FollowUp.triedRepeatedly(text), text);
        }
    }

    @Test
    void aNumberOfTimesAloneIsAFact() {
        for (String text : List.of(
                "I was charged twice for the same train ticket.",
                "Die Miete wurde zweimal abgebucht.",
                "I paid 40 pounds with my debit card on Friday.",
                "Tenho conta aqui há oito anos.")) {
            assertFalse(FollowUp.triedRepeatedly(text), text);
        }
    }

    /** Round 61 (bh61): third-person facts with an age, a term or a year, and what the customer is not to someone. */
    @Test
    void factsAboutTheOneTheQuestionIsAboutWithAnAgeATermOrAYear() {
        for (String text : List.of(
                "She's 12 years old and goes to school in town.",
                "The mortgage runs for 240 months and was taken out in 2019.",
                "Er ist 14 Jahre alt und wohnt bei seiner Mutter.",
                "Il a 15 ans et habite chez ses grands-parents.",
                "Tiene 17 años y estudia en otra ciudad.",
                "Ha 10 anni e vive con la nonna.",
                "Hij is 8 jaar en woont bij zijn vader.",
                "Ela tem 13 anos e mora com a avó.",
                "Ma 16 lat i mieszka z babcią.",
                "I'm not her legal guardian, her grandmother is.",
                "Je ne suis pas son tuteur, c'est sa tante.",
                "Nie jestem jego opiekunem, tylko wujkiem.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
    }

    /** Round 61 (bh61): the wider reading leaves complaints, questions and calls for help as none. */
    @Test
    void anAgeOrAYearBesideAComplaintAQuestionOrACallForHelpIsNoFact() {
        for (String text : List.of(
                "He's 14 and the card still doesn't work.",
                "She is 16 years old, can she have her own card?",
                "Ich bin seit 2015 Kunde und das ist immer noch nicht gelöst.",
                "Tiene 15 años, ayuda por favor.",
                "I'm not happy, I've been a customer since 2010!",
                "I'm not the one who made this mistake, you are.",
                "Mam 80 lat i nikt mi nie pomaga.")) {
            assertFalse(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void theRuleIsLinearOnHostileInput() {
        RuleLinearity.assertLinear("she is 12 years old since 2019 tiene 16 años ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("i'm not his guardian je ne suis pas son tuteur ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("12 12 12 12 i am not the ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("already three times dreimal schon fois déjà ", FollowUp::triedRepeatedly, 16);
        RuleLinearity.assertLinear("been waiting since ça fait que j'attends ", FollowUp::triedRepeatedly, 16);
        RuleLinearity.assertLinear("I paid 40 € on 3/11 at 9:30 with my card ", FollowUp::addsFacts, 16);
        RuleLinearity.assertLinear("ich bekomme mein Gehalt am 25. ", FollowUp::angerAtOthers, 16);
    }
}
