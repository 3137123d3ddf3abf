package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.knowledge.KnowledgeBase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Round 28 (issue 14): whole conversations through the pipeline in-process ({@link ConversationReplay}): a question
 * asked again that still cannot be answered goes to a person, thanks after a decline does not, a person asked for in
 * Spanish is a request. Conversations written for this test, not from the round's written set. A Quarkus test only
 * for the beans (the embedding's native tokenizer loads once per JVM, in the application's class loader).
 */
@QuarkusTest
class ConversationReplayTest {

    @Inject
    Embedder embedder;

    @Inject
    InputScreen screen;

    @Inject
    KnowledgeBase knowledge;

    private ConversationReplay replay;

    @BeforeEach
    void pipeline() {
        replay = new ConversationReplay(embedder, screen, knowledge);
    }

    private List<ConversationReplay.Turn> run(String... messages) {
        return replay.run(List.of(messages));
    }

    @Test
    void aCalmConversationIsAnsweredToTheEnd() {
        List<ConversationReplay.Turn> turns = run("How do I activate my new card?", "Can I use it for contactless right away?", "Great, thanks a lot!");
        assertEquals(3, turns.size());
        turns.forEach(t -> assertFalse(t.verdict().handsOff(), t.text() + " " + t.verdict().reasons()));
    }

    @Test
    void thanksAfterADeclineIsNoSecondFailure() {
        List<ConversationReplay.Turn> turns = run("What is the best pizza place near the station?", "Okay, thanks anyway!");
        assertEquals(2, turns.size());
        assertFalse(turns.getLast().verdict().handsOff(), turns.getLast().verdict().reasons().toString());
    }

    @Test
    void twoUnanswerableQuestionsInARowGoToAPerson() {
        List<ConversationReplay.Turn> turns = run("What is the best pizza place near the station?", "Which football team won the cup last year?");
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE), turns.getLast().verdict().handoffReasons());
    }

    @Test
    void aSpanishRequestForAPersonIsHandedOverAsOne() {
        List<ConversationReplay.Turn> turns = run("Mi tarjeta no funciona en el extranjero.", "Quiero hablar con un asesor, por favor.");
        assertEquals(List.of(Reason.HUMAN_REQUESTED), turns.getLast().verdict().handoffReasons());
        assertEquals(2, turns.size());
    }
}
