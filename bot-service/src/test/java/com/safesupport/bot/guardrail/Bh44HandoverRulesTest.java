package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 44 (issue 14, branch bh44): the bank's people asked to act or to be put in touch with, in other languages
 * ({@link HumanRequestDetector}); a reported caller claiming to be the bank is no request; agreeing to wait and
 * thanks in eight languages settle ({@link FollowUp#waits}, {@link FollowUp#settled}). Each fires on its shape, stays
 * silent on look-alikes and is linear on hostile input ({@link RuleLinearity}). Sentences written for this test, none
 * from a dataset or from the written conversation sets.
 */
class Bh44HandoverRulesTest {

    @Test
    void theBanksPersonAskedToActFires() {
        for (String text : List.of(
                "Kann einer Ihrer Berater sich meinen Kreditantrag noch einmal anschauen?",
                "Würde jemand aus Ihrer Filiale das mit mir durchgehen?",
                "Un de vos conseillers pourrait-il vérifier ce prélèvement avec moi ?",
                "¿Podría alguien de su oficina revisar esta comisión conmigo?",
                "Uno dei vostri consulenti può controllare questo bonifico con me?",
                "Kan iemand van jullie dit samen met mij bekijken?",
                "Alguém da vossa equipa pode analisar esta cobrança?",
                "Czy ktoś z waszego działu może sprawdzić tę opłatę?")) {
            assertEquals(Optional.of("staff-to-act-other-language"), HumanRequestDetector.rule(text), text);
        }
    }

    @Test
    void theBanksPersonNamedWithoutARequestStaysSilent() {
        for (String text : List.of(
                "Einer Ihrer Mitarbeiter hat mich gestern angerufen, war das echt?",
                "Kann einer Ihrer Mitarbeiter meine Kontodaten ansehen?",
                "Quelqu'un de votre banque m'a appelé ce matin.",
                "¿Alguien de su familia puede abrir una cuenta a mi nombre?",
                "Un vostro addetto non deve mai chiamare per il PIN, giusto?",
                "Hoe lang duurt een overboeking naar het buitenland?")) {
            assertFalse(HumanRequestDetector.detect(text), text);
        }
    }

    @Test
    void beingPutInTouchFires() {
        for (String text : List.of(
                "Pouvez-vous me mettre en contact avec un conseiller pour mon découvert ?",
                "¿Me pueden poner en contacto con un gestor?",
                "Potete mettermi in contatto con un consulente per il mutuo?",
                "Können Sie mich mit einem Berater für Baufinanzierung verbinden?",
                "Kunnen jullie me doorverbinden met een adviseur?",
                "Podem pôr-me em contacto com um gestor?",
                "Proszę połączyć mnie z konsultantem.")) {
            assertTrue(HumanRequestDetector.detect(text), text);
        }
    }

    @Test
    void beingPutInTouchWithAThirdPartyStaysSilent() {
        for (String text : List.of(
                "Le vendeur refuse de me rembourser, pouvez-vous me mettre en relation avec le vendeur ?",
                "¿Cómo me pongo en contacto con el destinatario de la transferencia?",
                "Das Geld ist auf dem Weg, mein Vermieter wartet.")) {
            assertFalse(HumanRequestDetector.detect(text), text);
        }
    }

    @Test
    void aReportedCallerIsNoRequest() {
        assertFalse(HumanRequestDetector.detect("How do I tell a real bank call from a call from someone pretending to be you?"));
        assertFalse(HumanRequestDetector.detect("I had a text from somebody claiming to be your security team."));
        // A call asked for is still a request.
        assertTrue(HumanRequestDetector.detect("I'd like a call from someone at the bank about my loan."));
    }

    @Test
    void waitingSettlesEvenAfterADecline() {
        for (String text : List.of("Fine, then I'll wait until Monday.", "I'll just wait a couple of days then.",
                "Okay, dann warte ich noch ab.", "D'accord, je vais patienter.", "Vale, esperaré unos días.",
                "Va bene, aspetto qualche giorno.", "Goed, dan wacht ik tot vrijdag.", "Ok, vou esperar.", "Dobrze, poczekam.")) {
            assertTrue(FollowUp.waits(text), text);
            assertTrue(FollowUp.settled(text), text);
        }
    }

    @Test
    void waitingWithAComplaintIsNotCalm() {
        for (String text : List.of("I'll wait forever then, I guess.", "I'll wait, but this is the third time.",
                "Ich warte immer noch auf die Karte.", "J'attends toujours mon remboursement.", "Why should I wait?",
                "Waiting times on your phone line are long.")) {
            assertFalse(FollowUp.waits(text), text);
        }
    }

    @Test
    void thanksSettle() {
        for (String text : List.of("Thank you so much, that was quick!", "Vielen Dank, schönen Tag noch.", "Merci beaucoup, à bientôt.",
                "Muchas gracias, muy amable.", "Grazie mille!", "Bedankt, fijne dag.", "Muito obrigada.", "Dziękuję bardzo.")) {
            assertTrue(FollowUp.settled(text), text);
        }
    }

    @Test
    void thanksWithAComplaintOrAQuestionDoNotSettle() {
        for (String text : List.of("Thanks, but it still fails.", "Danke, aber das Problem ist nicht gelöst.", "Merci, mais ça ne marche pas.",
                "Gracias, ¿y cómo cambio el límite?", "Thanks for nothing, again.", "No thanks to you.")) {
            assertFalse(FollowUp.settled(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("einer ihrer mitarbeiter kann quelqu'un de votre service alguien de su equipo ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("ansehen vérifier revisar z kimś z waszego zespołu sprawdzić ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("me mettre en relation avec mich mit jemandem ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("a call from someone claiming texts from people saying ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("then i'll wait dann warte ich je patiente ", FollowUp::waits, 16);
        RuleLinearity.assertLinear("thanks merci gracias danke thank you ", FollowUp::settled, 16);
    }
}
