package com.safesupport.bot.guardrail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 39 (issue 14): the {@code sensitive-topic} model on the message embedding, beside the sensitive-topic rules.
 * Sentences written for this test, none from a dataset, a written conversation set or another test: situations the
 * rules do not name, look-alikes that ask about a product or about fraud as information, and a hostile input.
 */
@QuarkusTest
class RoundThirtyNineHandoverSensitiveModelTest {

    @Inject
    InputScreen screen;

    @Inject
    com.safesupport.bot.embedding.Embedder embedder;

    @Test
    void theModelLoadsWithTheEmbeddingSizeAndNoRuleSignals() {
        LinearModel model = LinearModel.load("sensitive-topic");
        assertEquals(384, model.weights().length);
        assertEquals(List.of(), model.signals());
        assertTrue(model.threshold() > 0.5 && model.threshold() < 1, "threshold " + model.threshold());
    }

    @Test
    void aRuleStillNamesItsCategoryAndTheScoreIsRecorded() {
        InputVerdict v = screen.screen("My husband passed away last month and I need to close his account.");
        assertEquals(Optional.of("bereavement"), v.sensitiveTopic());
        Signal s = v.signal("sensitive-topic").orElseThrow();
        assertTrue(s.hit());
        assertEquals(Optional.of("bereavement"), s.rule());
        assertTrue(s.score() >= 0 && s.score() <= 1);
    }

    @Test
    void theModelAloneIsNamedWhenItHandsOver() {
        Signal s = InputScreen.sensitive(Optional.empty(), 0.99, 0.9, "I lost everything when the shop went under and the arrears keep growing.");
        assertTrue(s.hit());
        assertEquals(Optional.empty(), s.rule());
        Signal below = InputScreen.sensitive(Optional.empty(), 0.2, 0.9, "How do I order a new card?");
        assertFalse(below.hit());
    }

    @Test
    void scamInformationIsHeldBackFromTheModelAlone() {
        Signal s = InputScreen.sensitive(Optional.empty(), 0.99, 0.9, "How can I spot a fake text pretending to be a delivery firm, is it a scam?");
        assertFalse(s.hit());
        assertEquals(Optional.of(InputScreen.SCAM_INFORMATION), s.rule());
        // Caught, not asking: the guard does not hold it back.
        Signal caught = InputScreen.sensitive(Optional.empty(), 0.99, 0.9, "How can I tell whether it was a scam? I have paid them 900 pounds already.");
        assertTrue(caught.hit());
    }

    @Test
    void ordinaryBankingQuestionsAndProductQuestionsAreNotSensitive() {
        for (String text : List.of(
                "How do I order a new debit card?",
                "What is the interest rate on the easy-access saver?",
                "Can I change the name on my joint account after my wedding?",
                "Do you sell travel insurance with the premium account?",
                "Where do I find the annual fee for the gold credit card?",
                "How do I set up a standing order for my rent?")) {
            assertEquals(Optional.empty(), screen.screen(text).sensitiveTopic(), text);
        }
    }

    @Test
    void hostileInputIsScreenedWithTheSignal() {
        InputVerdict odd = screen.screen("\u202E\u0000 " + "\uFFFF".repeat(300) + "a\u0308".repeat(700));
        assertTrue(odd.signal("sensitive-topic").isPresent());
    }

    @Test
    void theGuardBesideTheModelIsLinearInTheInput() {
        RuleLinearity.assertLinear("how can I tell if a message is a scam, warning signs of phishing ",
                SensitiveTopicDetector::scamInformation, 16);
        RuleLinearity.assertLinear("i paid them scammed stolen safe account ",
                t -> InputScreen.sensitive(Optional.empty(), 0.99, 0.9, t).hit(), 16);
    }

    /** A benchmark that prints (never asserts): CPU of the whole screen and of the part this round adds, interleaved. */
    @Test
    void printsTheAddedCpuPerMessage() {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<String> texts = List.of("How do I order a new debit card?", "My card was swallowed by the machine in town.",
                "I lost everything when the shop went under and the arrears keep growing.", "Can I raise my daily transfer limit?");
        LinearModel model = LinearModel.load("sensitive-topic");
        List<float[]> vectors = texts.stream().map(t -> embedder.embed(t)).toList();
        long whole = 0, added = 0;
        int rounds = 200;
        double sink = 0;
        List<Optional<String>> topics = texts.stream().map(SensitiveTopicDetector::detect).toList();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                long a = cpu.getCurrentThreadCpuTime();
                sink += screen.screen(texts.get(i), vectors.get(i)).frustration();
                long b = cpu.getCurrentThreadCpuTime();
                Signal s = InputScreen.sensitive(topics.get(i), model.probability(vectors.get(i), new double[0]), model.threshold(), texts.get(i));
                long c = cpu.getCurrentThreadCpuTime();
                sink += s.score();
                whole += b - a;
                added += c - b;
            }
        }
        int n = rounds * texts.size();
        System.out.printf(java.util.Locale.ROOT, "round 39 CPU per message: input screen %.1f µs, of which the added model and its guard %.1f µs (%.0f)%n",
                whole / 1000.0 / n, added / 1000.0 / n, sink);
    }
}
