package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.guardrail.HumanRequestDetector;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.SensitiveTopicDetector;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import com.safesupport.bot.redaction.Redacted;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 34 (issue 14): calm conversations that end well or move on are not the assistant failing again — a message
 * that settles the question, a question that opens a new topic, one calm rephrasing after an answer — while two
 * unhelpful replies on one question still go to a person; a settling message after an answer is not frustration; and
 * the round's rules for the misses (being called back in other languages, someone to talk to, debts
 * the customer cannot keep up with, cancer in other languages, security details given to a caller, scams asked about as
 * information). Sentences written for this test, none from a dataset or from the round's written conversations;
 * look-alikes beside them, and hostile inputs of growing size.
 */
class RoundThirtyFourHandOverTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** A retrieval step whose knowledge base never finds anything: every turn it sees is unhelpful (out of scope). */
    private static RetrievalStep findingNothing() {
        RetrievalStep step = new RetrievalStep();
        step.knowledge = new KnowledgeBase() {
            @Override
            public Retrieval search(String question, int topK) {
                return new Retrieval(List.of());
            }
        };
        step.config = ConversationReplay.defaults(BotConfig.class);
        return step;
    }

    /** The retrieval step's verdict on a message after {@code unhelpful} unhelpful replies in a row, {@code repeat} the repeat streak. */
    private static Verdict after(int unhelpful, int repeat, String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", 2, false, Set.of(), unhelpful, 0, null, repeat);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.repeatStreak(repeat);
        return ((Outcome.Stop) findingNothing().run(turn)).verdict();
    }

    @Test
    void aSettlingMessageAfterADeclineIsNoSecondFailure() {
        for (String text : List.of("Cheers, that worked.", "Brilliant, that's all I needed.", "OK, found it in the app.",
                "Never mind, I'll wait.", "Alles klar, hat geklappt.", "Ça marche, merci.", "Vale, todo claro.")) {
            assertFalse(after(1, 0, text).handsOff(), text);
        }
    }

    @Test
    void aNewTopicAfterADeclineStartsANewStreak() {
        for (String text : List.of("By the way, do you offer travel insurance?", "Another question: can I order a chequebook?",
                "Thanks. One more thing, how do I close a savings pot?", "Noch eine Frage: gibt es eine Kreditkarte?",
                "Autre question : puis-je avoir un chéquier ?", "Otra cosa, ¿tenéis seguro de viaje?")) {
            assertFalse(after(1, 0, text).handsOff(), text);
        }
    }

    @Test
    void twoUnhelpfulRepliesOnOneQuestionStillHandOver() {
        assertEquals(Reason.REPEATED_FAILURE, after(1, 0, "I mean the fee from last Tuesday").handoffReasons().getFirst());
        assertEquals(Reason.REPEATED_FAILURE, after(1, 1, "Why was the fee taken from last Tuesday?").handoffReasons().getFirst());
        // Contrast or an open problem beside the settling words: not settled.
        assertTrue(after(1, 0, "Thanks, that worked but the fee is still there").handsOff());
        assertTrue(after(1, 0, "That's all I needed? It still doesn't work").handsOff());
        // "by the way" in the middle is no opening of a new topic.
        assertTrue(after(1, 0, "The fee, which by the way I never agreed to, is still there").handsOff());
    }

    @Test
    void oneCalmRephrasingAfterAnAnswerIsNotHandedOver() {
        assertFalse(after(0, 1, "Sorry, I meant can I change it at a cash machine too").handsOff());
        assertFalse(after(0, 0, "What is the best pizza place near the station?").handsOff());
        // Pressed, the same question after an answer is the second failure on it.
        assertTrue(after(0, 1, "So can I change it at a cash machine or not?").handsOff());
        assertTrue(after(0, 1, "I asked already: can I change it at a cash machine?").handsOff());
        assertFalse(FollowUp.insistent("Sorry, I meant at a cash machine, can I do it there too?"));
    }

    private static InputVerdict frustratedByTheClassifier(Optional<String> rule, boolean abuse) {
        Signal frustration = new Signal("frustration", true, rule, 0.99);
        return new InputVerdict(false, false, false, Optional.empty(), abuse, 0.99, List.of(frustration), 1.0);
    }

    private static boolean frustratedAfter(int turns, int unhelpful, String text, InputVerdict verdict) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", turns, false, Set.of(), unhelpful, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(1)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        return NegativeSentimentGuard.settledAfterAnswer(turn, verdict).frustrated();
    }

    @Test
    void aSettlingMessageAfterAnAnswerIsNotFrustration() {
        assertFalse(frustratedAfter(2, 0, "Brilliant, that's all I needed.", frustratedByTheClassifier(Optional.empty(), false)));
        assertFalse(frustratedAfter(2, 0, "Great, that's clear now.", frustratedByTheClassifier(Optional.empty(), false)));
        // After a reply that did not help the same words may be sarcasm; a word rule or abuse keeps its say.
        assertTrue(frustratedAfter(2, 1, "Brilliant, that's all I needed.", frustratedByTheClassifier(Optional.empty(), false)));
        assertTrue(frustratedAfter(2, 0, "Brilliant, that's all I needed.", frustratedByTheClassifier(Optional.of("swearing"), false)));
        assertTrue(frustratedAfter(2, 0, "Brilliant, that's all I needed.", frustratedByTheClassifier(Optional.empty(), true)));
        assertTrue(frustratedAfter(2, 0, "Brilliant, the app crashed again.", frustratedByTheClassifier(Optional.empty(), false)));
        assertTrue(frustratedAfter(0, 0, "Brilliant, that's all I needed.", frustratedByTheClassifier(Optional.empty(), false)));
    }

    @Test
    void settlingAndNewTopicLookAlikes() {
        assertFalse(FollowUp.settled("That worked? No, it did not."));
        assertFalse(FollowUp.settled("It worked yesterday but not today."));
        assertFalse(FollowUp.settled("Das hilft mir nicht weiter."));
        assertFalse(FollowUp.settled("Ça ne marche pas, toujours la même erreur."));
        assertFalse(FollowUp.settled("How do I know the transfer worked?"));
        assertFalse(FollowUp.settled("x".repeat(200) + " that worked"));
        assertTrue(FollowUp.settled("No worries, found it."));
        assertFalse(FollowUp.newTopic("My other question was never answered."));
        assertFalse(FollowUp.newTopic("I need something else than a debit card, what do you offer?"));
        assertTrue(FollowUp.newTopic("Okay, and by the way, what are your fees for cheques?"));
    }

    private static void asks(String rule, String text) {
        assertEquals(Optional.of(rule), HumanRequestDetector.rule(text), text);
    }

    private static void doesNotAsk(String text) {
        assertEquals(Optional.empty(), HumanRequestDetector.rule(text), text);
    }

    @Test
    void aPersonAskedForInTheRoundsNewShapes() {
        asks("call-me-other-language", "Können Sie mich morgen früh bitte anrufen?");
        asks("call-me-other-language", "Vorrei che qualcuno mi chiamasse domani.");
        asks("call-me-other-language", "Pouvez-vous me rappeler demain matin ?");
        asks("call-me-other-language", "Quiero que me llamen hoy, por favor.");
        asks("call-me-other-language", "Kunt u mij terugbellen over mijn lening?");
        asks("call-me-other-language", "Por favor, liguem-me amanhã.");
        asks("someone-to-talk-to", "Is there somebody I can speak to about my overdraft?");
        asks("someone-to-talk-to", "¿Hay alguien con quien pueda hablar de mi hipoteca?");
        asks("someone-to-talk-to", "C'è qualcuno con cui parlare del mio conto?");
    }

    @Test
    void namesAndOtherCallsAreNoRequest() {
        doesNotAsk("Je m'appelle Claire et je voudrais ouvrir un compte.");
        doesNotAsk("Me llamo Jorge, ¿cómo cambio mi PIN?");
        doesNotAsk("Mi chiamo Paola, come attivo la carta?");
        doesNotAsk("Who can I send money to with a new account?");
        doesNotAsk("Who do I make the cheque out to?");
        doesNotAsk("Ich kann mich nicht anmelden, was tun?");
    }

    private static void sensitive(String category, String text) {
        assertEquals(Optional.of(category), SensitiveTopicDetector.detect(text), text);
    }

    private static void notSensitive(String text) {
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
    }

    @Test
    void theRoundsSensitiveTopics() {
        sensitive("financial-hardship", "We are struggling to keep up with the mortgage since the baby came.");
        sensitive("financial-hardship", "I can no longer keep up with my credit card repayments.");
        sensitive("vulnerability", "Mon père a le cancer et je gère ses comptes. J'ai un cancer aussi.");
        sensitive("vulnerability", "Mi madre tiene cáncer y no puede ir al banco.");
        sensitive("vulnerability", "Ich habe Krebs und kann nicht mehr arbeiten.");
        sensitive("fraud-in-progress", "A man rang me yesterday and I read out my one-time code to him. I gave him my card details too.");
        sensitive("fraud-in-progress", "Somebody called me pretending to be from the bank and asked for my PIN.");
        // Asked about as information, scams are no fraud in progress; a victim's words still are.
        notSensitive("What are the most common scams on second-hand car websites?");
        notSensitive("How do I spot a phishing scam in an email that looks like yours?");
        sensitive("fraud-in-progress", "How can I tell if it was a scam? I paid the seller 300 pounds and he vanished.");
        sensitive("fraud-in-progress", "How do I report a scam? Someone is on the phone telling me to transfer my savings now.");
    }

    @Test
    void theRoundsSensitiveLookAlikes() {
        notSensitive("Can I keep up with my repayments if I switch to a cheaper plan?");
        notSensitive("Does my card insurance cover cancer treatment abroad?");
        notSensitive("How do I change my card details in the app?");
        notSensitive("A caller said he was from a delivery firm, is that something you use?");
    }

    /**
     * Fastest of five runs in CPU time; sizes ×16: a linear rule takes about 16 times as long, a quadratic one 256. Both
     * sizes run once first, so that neither is timed before the JIT has compiled the rule: on a loaded machine the compiler
     * thread can lag, and the stop-63 rehearsal timed the large size interpreted (3 ms against 201 ms, ×67, where the
     * rule measures ×16 compiled).
     */
    private static void assertLinear(String unit, Predicate<String> rule) {
        fastest(unit.repeat(20), rule);
        fastest(unit.repeat(320), rule);
        long small = fastest(unit.repeat(20), rule);
        long large = fastest(unit.repeat(320), rule);
        assertTrue(large < 48 * Math.max(small, 200_000), "20 units " + small / 1000 + " µs, 320 units " + large / 1000 + " µs");
    }

    private static long fastest(String text, Predicate<String> rule) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = CPU.getCurrentThreadCpuTime();
            rule.test(text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        return best;
    }

    @Test
    void hostileInputsCostLinearTime() {
        assertLinear("who can who could i ", t -> HumanRequestDetector.rule(t).isPresent());
        assertLinear("kann mich mich mich ", t -> HumanRequestDetector.rule(t).isPresent());
        assertLinear("someone i can alguien con quien ", t -> HumanRequestDetector.rule(t).isPresent());
        assertLinear("how can i tell how to spot scam ", t -> SensitiveTopicDetector.detect(t).isPresent());
        assertLinear("can't keep up with my i gave them my ", t -> SensitiveTopicDetector.detect(t).isPresent());
        assertLinear("phoned pretending to be j'ai un ", t -> SensitiveTopicDetector.detect(t).isPresent());
        assertLinear("that worked, no worries ", FollowUp::settled);
        assertLinear("by the way another ", FollowUp::newTopic);
        assertLinear("so or not yes or ?", FollowUp::insistent);
    }
}
