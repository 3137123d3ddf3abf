package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 30 (issue 14): sarcasm and being ignored as exasperation; a person asked for with a slip of the keyboard and
 * in more languages; a caller who claimed to be the bank is a mention, not a request (the round's sensitive-topic
 * rules were reverted by its decision rule, docs/bot-evaluation.md; round 30b brought them back without the two
 * fraud patterns: {@link SensitiveTopicRoundThirtyBTest}). Sentences written for this test, none from a dataset or from the round's
 * written conversations; look-alikes that must stay silent beside each, and hostile inputs.
 */
class RoundThirtyRulesTest {

    @Test
    void sarcasmAboutTheAssistantIsExasperation() {
        assertTrue(SentimentScorer.exasperated("Oh fantastic, yet another chatbot."));
        assertTrue(SentimentScorer.exasperated("Perfect. A robot. That's all I needed."));
        assertTrue(SentimentScorer.exasperated("Oh great, another article to read."));
        assertTrue(SentimentScorer.exasperated("Wonderful, the same link as before."));
        assertTrue(SentimentScorer.exasperated("I just love getting passed around like this."));
        assertTrue(SentimentScorer.exasperated("It feels like I'm being ignored here."));
        assertTrue(SentimentScorer.exasperated("Am I typing to thin air?"));
        assertTrue(SentimentScorer.exasperated("So no one is ever going to answer me, then."));
    }

    @Test
    void praiseAndOrdinaryMentionsAreNotSarcasm() {
        assertFalse(SentimentScorer.exasperated("Great, a link to the form, thanks."));
        assertFalse(SentimentScorer.exasperated("Brilliant, that worked first time."));
        assertFalse(SentimentScorer.exasperated("Excellent, the robot vacuum payment went through."));
        assertFalse(SentimentScorer.exasperated("Can I ignore the letter about my old account?"));
        assertFalse(SentimentScorer.exasperated("Nobody else can use my card, right?"));
        assertFalse(SentimentScorer.exasperated("I love the new app design."));
        assertFalse(SentimentScorer.exasperated("Is the chatbot available in French?"));
        // sarcastic thanks is no sincere thanks
        assertFalse(SentimentScorer.thanking("Thanks so much for ignoring me."));
        assertTrue(SentimentScorer.thanking("Thanks so much, that sorted it."));
    }

    @Test
    void aSlipOfTheKeyboardStillAsksForAPerson() {
        assertEquals(Optional.of("typo-person-alone"), HumanRequestDetector.rule("opreator please"));
        assertEquals(Optional.of("typo-talk-to-person"), HumanRequestDetector.rule("can i speak to a huamn"));
        assertTrue(HumanRequestDetector.rule("I need to talk to somebdy about my loan").isPresent());
        assertTrue(HumanRequestDetector.rule("get me a real persn").isPresent());
        assertTrue(Typos.withinOneEdit("humna", "human"));
        assertTrue(Typos.withinOneEdit("opertor", "operator"));
        assertFalse(Typos.withinOneEdit("manage", "agent"));
    }

    @Test
    void realWordsNearTheTargetsAreNotCorrected() {
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Je voudrais parler de mon argent."));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("I want to manage my standing orders."));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Is there a humane way to close an account?"));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Why do people need a sort code?"));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("I want to send money to my cousin's persona account"));
        assertEquals("nothing to correct here", Typos.corrected("nothing to correct here"));
    }

    @Test
    void aPersonAskedForInMoreLanguages() {
        assertTrue(HumanRequestDetector.rule("Ich möchte einen echten Menschen am Telefon haben.").isPresent());
        assertTrue(HumanRequestDetector.rule("Kann ich mit jemandem darüber sprechen?").isPresent());
        assertTrue(HumanRequestDetector.rule("Proszę połączyć mnie z konsultantem.").isPresent());
        assertTrue(HumanRequestDetector.rule("Jag vill prata med en handläggare.").isPresent());
        assertTrue(HumanRequestDetector.rule("Kan jeg snakke med et menneske?").isPresent());
        assertTrue(HumanRequestDetector.rule("Chci mluvit s operátorem.").isPresent());
        assertTrue(HumanRequestDetector.rule("Vreau să vorbesc cu un operator.").isPresent());
        assertTrue(HumanRequestDetector.rule("Müşteri temsilcisi ile görüşmek istiyorum.").isPresent());
        assertTrue(HumanRequestDetector.rule("Quero ser atendida por uma pessoa.").isPresent());
        assertTrue(HumanRequestDetector.rule("Operador, por favor").isPresent());
    }

    @Test
    void theSameLanguagesWithoutARequestStaySilent() {
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Ich habe gestern mit jemandem gesprochen."));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Rozmawiałem wczoraj z kimś z banku, wszystko jest w porządku."));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Jag har pratat med min fru om lånet."));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Mitt kort är spärrat."));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("Der Mitarbeiter in der Filiale war sehr nett."));
        assertEquals(Optional.empty(), HumanRequestDetector.rule("O atendimento foi ótimo ontem."));
    }

    @Test
    void aCallerWhoClaimedToBeTheBankIsAMention() {
        assertTrue(HumanRequestDetector.mentionOnly("Someone phoned pretending to be from the bank's security team."));
        assertTrue(HumanRequestDetector.mentionOnly("I got a text from a woman claiming she was with your fraud department."));
        assertFalse(HumanRequestDetector.mentionOnly("Someone claimed to be from your bank, can I talk to a real person about it?"));
        assertFalse(HumanRequestDetector.mentionOnly("Please put me through to the fraud team."));
    }

    @Test
    void theRulesAreLinearInTheInput() {
        RuleLinearity.assertLinear("oh great another bot appreciate being ignored talking to ", SentimentScorer::exasperated);
        RuleLinearity.assertLinear("humna opertor somone speek agnet ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("porozmawiać z prata med mluvit s einen echten ", t -> HumanRequestDetector.rule(t).isPresent());
        RuleLinearity.assertLinear("saying from your pretending claiming ", HumanRequestDetector::mentionOnly);
    }
}
