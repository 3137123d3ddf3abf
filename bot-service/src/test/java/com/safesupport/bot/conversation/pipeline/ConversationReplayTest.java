package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.knowledge.KnowledgeBase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void threeCalmUnanswerableQuestionsInARowGoToAPerson() {
        // Round 64 (bh64): a calm new question is handed over at the third unhelpful reply in a row, not the second.
        List<ConversationReplay.Turn> turns = run("What is the best pizza place near the station?", "Which football team won the cup last year?",
                "How tall is the tallest tower in the city?");
        assertFalse(turns.get(1).verdict().handsOff(), turns.get(1).verdict().reasons().toString());
        assertEquals(List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE), turns.getLast().verdict().handoffReasons());
    }

    @Test
    void aSpanishRequestForAPersonIsHandedOverAsOne() {
        List<ConversationReplay.Turn> turns = run("Mi tarjeta no funciona en el extranjero.", "Quiero hablar con un asesor, por favor.");
        assertEquals(List.of(Reason.HUMAN_REQUESTED), turns.getLast().verdict().handoffReasons());
        assertEquals(2, turns.size());
    }

    // Round 30 (issue 14): the decision appears over several turns. Conversations written for this test.

    @Test
    void sarcasmAfterAnUnhelpfulTurnGoesToAPersonAsFrustration() {
        List<ConversationReplay.Turn> turns = run("Why was my card declined at the pharmacy?",
                "Oh wonderful, another chatbot. That's really useful.", "I do love being passed around like this.");
        assertEquals(Reason.NEGATIVE_SENTIMENT, turns.getLast().verdict().handoffReasons().getFirst(), turns.getLast().verdict().reasons().toString());
    }

    @Test
    void aCallerClaimingToBeTheBankIsNoRequestForAPerson() {
        List<ConversationReplay.Turn> turns = run("Someone phoned this morning claiming to be from your security team.",
                "How do I check that a call really comes from you?");
        assertEquals(2, turns.size());
        assertFalse(turns.getFirst().verdict().handsOff(), turns.getFirst().verdict().reasons().toString());
    }

    @Test
    void aMistypedRequestIsStillARequest() {
        List<ConversationReplay.Turn> turns = run("My standing order didn't go out.", "pls get me a real persn");
        assertEquals(List.of(Reason.HUMAN_REQUESTED), turns.getLast().verdict().handoffReasons());
    }

    @Test
    void aTravelAgentAndHumanResourcesAreNoRequests() {
        List<ConversationReplay.Turn> turns = run("My travel agent says I should tell you before I fly to Japan. How do I do that?",
                "And human resources asked for my account number, where is it shown?", "Lovely, thank you!");
        assertEquals(3, turns.size());
        turns.forEach(t -> assertFalse(t.verdict().handsOff(), t.text() + " " + t.verdict().reasons()));
    }

    /**
     * Hostile input: many turns. What a conversation carries from turn to turn is bounded (three counters, two question
     * vectors), so eight times the turns costs about eight times the CPU, never the square; checked by this thread's CPU
     * time (the machine is shared), with the same loose bound as the rules' check.
     */
    @Test
    void manyTurnsCostLinearTime() {
        List<String> cycle = List.of("How do I activate my card?", "What is the fee for an international transfer?",
                "Can I use Apple Pay with my card?", "How do I change my PIN?");
        run(cycle.toArray(String[]::new));
        long small = cpuOfTurns(cycle, 12);
        long large = cpuOfTurns(cycle, 96);
        assertTrue(large < 24 * Math.max(small, 200_000), "12 turns " + small / 1000 + " µs, 96 turns " + large / 1000 + " µs");
    }

    private long cpuOfTurns(List<String> cycle, int n) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            messages.add(cycle.get(i % cycle.size()));
        }
        long start = cpu.getCurrentThreadCpuTime();
        List<ConversationReplay.Turn> turns = replay.run(messages);
        long spent = cpu.getCurrentThreadCpuTime() - start;
        assertEquals(n, turns.size(), "a calm conversation of " + n + " turns is never handed over");
        return spent;
    }

    // Round 30b: a message that is a sensitive topic and also reads as a request for a person goes over as the
    // sensitive topic (escalation's higher priority); an ordinary stolen card stays with the bot.
    @Test
    void aSensitiveTopicOutranksARequestForAPerson() {
        List<ConversationReplay.Turn> turns = run("Why has my credit limit gone down?",
                "Please get me someone, my wife has been diagnosed with cancer and I can't deal with this.");
        assertEquals(2, turns.size());
        assertEquals(List.of(Reason.SENSITIVE_TOPIC), turns.getLast().verdict().handoffReasons());
    }

    @Test
    void aStolenCardToBlockIsNotHandedOver() {
        List<ConversationReplay.Turn> turns = run("Someone took my bag at the station and they've been using my card.", "How do I block it?");
        turns.forEach(t -> assertFalse(t.verdict().handsOff(), t.text() + " " + t.verdict().reasons()));
    }

    // Round 32 (issue 14): conversations written for this test.
    @Test
    void aQuestionAskedAgainInCapitalsGoesToAPerson() {
        List<ConversationReplay.Turn> turns = run("Why was my payment to the gym refused?", "Why was it refused though?", "WHY WAS IT REFUSED");
        assertTrue(turns.getLast().verdict().handsOff(), turns.stream().map(t -> t.verdict().reasons() + " " + t.guardrails()).toList().toString());
    }

    @Test
    void anEstateAgentInFrenchIsNoRequestForAPerson() {
        List<ConversationReplay.Turn> turns = run("Mon agent immobilier veut une attestation de ma banque. Où puis-je la trouver ?");
        assertFalse(turns.getLast().verdict().handoffReasons().contains(Reason.HUMAN_REQUESTED), turns.getLast().verdict().reasons().toString());
    }

    @Test
    void askingForCustomerSupportByNameIsARequest() {
        List<ConversationReplay.Turn> turns = run("My new card hasn't arrived.", "Can you put me through to customer support?");
        assertEquals(List.of(Reason.HUMAN_REQUESTED), turns.getLast().verdict().handoffReasons());
    }
}
