package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 81 (issue 14, branch bh81): when only the human-request classifier hands a message over and the message is
 * upset in words ("nobody answers me", "I'm starting to lose patience"), the hand-over names {@code NEGATIVE_SENTIMENT}
 * first ({@link OwnReason#forHumanRequest}); a rule's hit, a message that asks for a person in words, or a calm message
 * stays {@code HUMAN_REQUESTED} alone. Texts made up for this test, not from a dataset or from the written sets.
 */
class Bh81OwnReasonHumanRequestTest {

    private static final Optional<Signal> CLASSIFIER = Optional.of(new Signal("human-request", true, Optional.empty(), 0.6));
    private static final Optional<Signal> RULE = Optional.of(new Signal("human-request", true, Optional.of("talk-to-person"), 0.6));
    private static final List<Reason> UPSET = List.of(Reason.NEGATIVE_SENTIMENT, Reason.HUMAN_REQUESTED);
    private static final List<Reason> PERSON = List.of(Reason.HUMAN_REQUESTED);

    private static List<Reason> reasons(String text, Optional<Signal> signal) {
        return List.of(OwnReason.forHumanRequest(text, signal));
    }

    @Test
    void upsetReadOnlyByTheClassifierIsNamedNegativeSentimentFirst() {
        for (String text : List.of("Nobody is answering me about the card, it's been days.",
                "Personne ne me répond sur ce prélèvement.", "Ich bin wirklich enttäuscht, niemand antwortet.",
                "Ik begin echt geïrriteerd te raken.", "Empiezo a estar bastante cansada de la app.",
                "Comincio un po' a stancarmi di aspettare.", "Estou a começar a ficar farta disto.",
                "Tracę już cierpliwość z tym przelewem.")) {
            assertEquals(UPSET, reasons(text, CLASSIFIER), text);
        }
    }

    @Test
    void aRuleAPersonAskedForOrACalmMessageStaysHumanRequested() {
        assertEquals(PERSON, reasons("Nobody is answering me about the card.", RULE));
        assertEquals(PERSON, reasons("I'm losing my patience, let me speak to a human agent now.", CLASSIFIER));
        for (String text : List.of("Is there anyone who handles business accounts?", "Je commence un peu à comprendre, merci.",
                "Empiezo a estar contenta con la app.", "Comincio a essere pronto per il trasloco.")) {
            assertEquals(PERSON, reasons(text, CLASSIFIER), text);
        }
        assertEquals(PERSON, reasons("Nobody is answering me.", Optional.empty()));
    }
}
