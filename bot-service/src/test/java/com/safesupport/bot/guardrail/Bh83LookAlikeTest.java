package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 83 (issue 14, branch bh83): look-alikes of a hand-over that main's rules handed over — a request for a person the
 * customer quotes, reports or declines ({@link HumanRequestDetector#rule}, {@link InputScreen#heldBack}), a relative's
 * situation the customer says is settled, a legal question asked in the abstract and "nearly had a stroke"
 * ({@link SensitiveTopicDetector#detect}), a call reported, a payee and another firm's staff ({@link
 * HumanRequestDetector#mentionOnly}) — and the hand-overs beside them that must stay. Every text in the first lists is
 * one main handed over (the test fails on main). Texts made up for this test, not from a dataset or the written sets.
 */
class Bh83LookAlikeTest {

    private static final List<String> QUOTED_OR_DECLINED = List.of(
            "There's no need to transfer me to an agent, I just want the card limit.",
            "No need to put me through to anyone, this chat is fine.",
            "I don't need a human for this, just tell me the cut-off time.",
            "My dad always yells \"put me through to a human\" at the phone, haha. What's my sort code?",
            "The letter says \"please speak to an adviser\" but I only want to know the rate.",
            "Die App zeigt „Bitte sprechen Sie mit einem Mitarbeiter“ an, was bedeutet das?",
            "Pas besoin de me passer un conseiller, je veux juste le plafond de ma carte.");

    private static final List<String> STILL_REQUESTS = List.of(
            "I don't want to talk to a bot, I want a real person.",
            "I don't need another link, I need someone to call me.",
            "I don't want to wait any longer, get me someone.",
            "I said \"agent\". Put me through to someone now.",
            "I typed \"speak to a person\" twice already",
            "\"I want to speak to a person\"",
            "My son says \"just ask for a human\", so: can I speak to a human please?",
            "Don't want to be rude but can I speak to someone?");

    @Test
    void aRequestQuotedReportedOrDeclinedIsNoRequest() {
        for (String text : QUOTED_OR_DECLINED) {
            assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
        }
    }

    @Test
    void aRequestBesideAQuoteOrADeclineStillHandsOver() {
        for (String text : STILL_REQUESTS) {
            assertTrue(HumanRequestDetector.rule(text).isPresent(), text);
        }
    }

    @Test
    void theClassifierAloneIsHeldBackOnQuotedOrDeclinedWordsOnly() {
        Signal hit = new Signal("human-request", true, Optional.empty(), 0.7);
        for (String text : List.of("No need to pass me on to anyone, the bot is fine for this",
                "Un site dit « contactez immédiatement votre conseiller » si la carte est refusée, c'est pareil chez vous ?")) {
            Signal held = InputScreen.heldBack(hit, Optional.empty(), text);
            assertFalse(held.hit(), text);
            assertEquals(Optional.of("quoted-or-declined"), held.rule(), text);
        }
        // a person or a call named outside the quote keeps the classifier's say
        assertTrue(InputScreen.heldBack(hit, Optional.empty(), "My letter says \"contact us\". Can someone ring me about it?").hit());
        assertTrue(InputScreen.heldBack(hit, Optional.empty(), "I've had enough of this").hit());
    }

    @Test
    void aRelativesSettledSituationIsNotTheCustomersOwn() {
        for (String text : List.of(
                "My brother was scammed on a marketplace last spring, he's fine now. Is a card payment safer for second-hand purchases?",
                "Mia madre è in ospedale per un piccolo intervento, niente di grave. Come cambio il mio indirizzo?",
                "Mi padre está en el hospital por una operación de rodilla, todo bajo control. ¿Cómo pido una tarjeta nueva?")) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void aRelativesSituationWithoutThoseWordsAndADeathStayTheCustomersOwn() {
        for (String text : List.of(
                "My brother was scammed on a marketplace yesterday and they took everything.",
                "Mia madre è in ospedale per un intervento, come gestisco il suo conto?",
                "My mother died last month, everything's sorted now except her account.",
                "I was scammed last week, she's fine now but I lost 900 pounds.",
                "My dad has dementia, he's fine with me looking after his money. How do I set that up?")) {
            assertTrue(SensitiveTopicDetector.detect(text).isPresent(), text);
        }
    }

    @Test
    void aLegalQuestionAskedInTheAbstractIsNoThreat() {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Just out of curiosity, is there a complaints step before the ombudsman?"));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Rein hypothetisch: wann würde man eine Bank verklagen?"));
        assertEquals(Optional.of("legal-threat"), SensitiveTopicDetector.detect("I'm going to the ombudsman about this."));
    }

    @Test
    void nearlyHavingAStrokeIsAnIdiom() {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("I almost had a stroke when I opened the gas bill, lol"));
        assertTrue(SensitiveTopicDetector.detect("My husband had a stroke last week and can't use his card.").isPresent());
    }

    @Test
    void aReportedCallAsksForNoOne() {
        assertEquals(Optional.empty(), HumanRequestDetector.rule(
                "My aunt got a call this morning from someone pretending to be her bank. How do I check a call is genuine?"));
    }

    @Test
    void aPayeeAsIndirectObjectIsOnlyNamed() {
        assertTrue(HumanRequestDetector.mentionOnly("Anyway, can I send someone a payment request as a link?"));
    }

    @Test
    void anotherFirmsStaffIsOnlyNamed() {
        assertTrue(HumanRequestDetector.mentionOnly("Een medewerker van mijn sportschool vraagt om mijn IBAN voor de incasso."));
        assertFalse(HumanRequestDetector.mentionOnly("Can I speak to an employee of my branch?"));
    }

    @Test
    void theNewScansAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("no need to pass me on to \"an agent « „ ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("\"i said \"agent ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("don't want want anyone « ", HumanRequestDetector::quotedOrDeclinedOnly);
        RuleLinearity.assertLinear("my sister she's fine, ", t -> SensitiveTopicDetector.detect(t).isPresent());
        RuleLinearity.assertLinear("medewerker van mijn ", HumanRequestDetector::mentionOnly);
    }
}
