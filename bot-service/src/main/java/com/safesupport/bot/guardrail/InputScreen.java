package com.safesupport.bot.guardrail;

import com.safesupport.bot.embedding.Embedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The input guardrails, the same in both answer modes: explainable rules first, then small learned classifiers
 * (logistic regression on the message's MiniLM embedding, its hashed words and the rule signals) for prompt injection, requests for
 * a human, frustration and scope. The embedding is the one retrieval uses: {@link Embedder} computes it once per
 * message. In {@code llm} mode the AI service runs them again through LangChain4j's guardrail API
 * ({@link InjectionInputGuardrail}), so nothing reaches the model unchecked.
 */
@ApplicationScoped
public class InputScreen {

    /** The shipped models, loaded once (a few kilobytes each). */
    private static final class Models {
        static final LinearModel INJECTION = LinearModel.load("prompt-injection");
        static final LinearModel HUMAN = LinearModel.load("human-request");
        static final LinearModel FRUSTRATION = LinearModel.load("frustration");
        static final LinearModel SCOPE = LinearModel.load("scope");
        static final LinearModel SENSITIVE = LinearModel.load("sensitive");
    }

    @Inject
    Embedder embedder;

    /** An input screen outside CDI, for the evaluation and benchmark runners. */
    public static InputScreen standalone(Embedder embedder) {
        InputScreen screen = new InputScreen();
        screen.embedder = embedder;
        return screen;
    }

    public InputVerdict screen(String redactedText) {
        return screen(redactedText, embedder.embed(redactedText));
    }

    /** The same with the message's unit embedding already computed (by {@link Embedder}). */
    public InputVerdict screen(String redactedText, float[] vector) {
        Signal injection = injection(redactedText, vector);
        Signal human = humanRequest(redactedText, vector);
        // Each rule family runs once per message: the signals feed both the classifier and the rule that is named.
        double[] sentiment = SentimentScorer.signals(redactedText);
        Signal frustration = frustration(redactedText, vector, sentiment);
        double inScope = Models.SCOPE.probability(vector, new double[0]);
        Signal scope = new Signal("scope", inScope < Models.SCOPE.threshold(), Optional.empty(), inScope);
        Signal sensitive = sensitive(redactedText, vector);
        return new InputVerdict(
                ExplanationRequestDetector.detect(redactedText),
                human.hit(),
                injection.hit(),
                sensitive.hit() ? sensitive.rule() : Optional.empty(),
                sentiment[SentimentScorer.SIGNALS.indexOf("abuse")] > 0,
                frustration.score(),
                List.of(injection, human, frustration, scope, sensitive),
                inScope);
    }

    /** The name the sensitive topic takes when the learned layer, not a rule category, found it. */
    public static final String LEARNED = "learned";
    /** The name the explanation gives a learned sensitive hit held back because the message says the customer is fed up (round 85). */
    static final String FED_UP = "fed-up";

    /**
     * Round bl1 (issue 14): sensitive topics in two layers. {@link SensitiveTopicDetector}'s rules first: a category
     * that fires decides (the signal's rule is the category); else the learned classifier (trained on the written
     * conversations' sensitive hand-over turns against their look-alikes and ordinary support messages) decides at its
     * threshold, the signal's rule then {@link #LEARNED}.
     */
    Signal sensitive(String text, float[] vector) {
        Optional<String> category = SensitiveTopicDetector.detect(text);
        double p = Models.SENSITIVE.probability(text, vector, new double[]{category.isPresent() ? 1 : 0});
        if (category.isPresent()) {
            return new Signal("sensitive-topic", true, category, p);
        }
        boolean learned = p >= Models.SENSITIVE.threshold();
        // Round 85 (bh85): the learned layer, trained on the eight languages, read being fed up in another language ("Jeg er
        // ved at miste tålmodigheden") as a sensitive situation; with no rule category, such a message is upset, not sensitive.
        if (learned && UpsetInMoreLanguages.fedUp(Patterns.normalize(text))) {
            return new Signal("sensitive-topic", false, Optional.of(FED_UP), p);
        }
        return new Signal("sensitive-topic", learned, learned ? Optional.of(LEARNED) : Optional.empty(), p);
    }

    Signal injection(String text, float[] vector) {
        double[] rules = PromptInjectionDetector.signals(text);
        Optional<String> rule = PromptInjectionDetector.rule(rules);
        double p = Models.INJECTION.probability(text, vector, rules);
        return injection(rule, p, Models.INJECTION.threshold(), text);
    }

    /**
     * The classifier alone (no rule fired) refuses a German, Dutch or French message (since round 35 also Spanish,
     * Italian, Portuguese or Polish) only at
     * {@link #OTHER_LANGUAGE_THRESHOLD}: there it scores ordinary support messages ("Bitte ignorieren Sie meine letzte
     * Nachricht", a notice that the account's conditions change) 0.55-0.99, and the injections of deepset's train split in
     * these languages 0.998 or more (round 24). Since round 28 only a message about the customer's own banking that
     * gives the assistant no task is held back ({@link OtherLanguage#ordinaryAccountMessage}). A message held back this
     * way passes with the rule {@code other-language} named beside its score, so the explanation says why a score above
     * the usual threshold did not refuse it.
     */
    static Signal injection(Optional<String> rule, double p, double threshold, String text) {
        if (rule.isEmpty() && p >= threshold && p < OTHER_LANGUAGE_THRESHOLD && OtherLanguage.ordinaryAccountMessage(text)) {
            return new Signal("prompt-injection", false, Optional.of(OTHER_LANGUAGE), p);
        }
        // Round 30c: one short how-to question about the customer's own banking with no injection word ("How do I read
        // my statement?" scored 0.65) is held back from the classifier alone below the same bar; a rule still refuses.
        if (rule.isEmpty() && p >= threshold && p < HOW_TO_THRESHOLD && HowToQuestion.ordinaryOwnAccountQuestion(text)) {
            return new Signal("prompt-injection", false, Optional.of(HOW_TO), p);
        }
        return new Signal("prompt-injection", rule.isPresent() || p >= threshold, rule, p);
    }

    /** The injection classifier's bar, with no rule firing, for a message mostly in German, Dutch, French, Spanish, Italian, Portuguese or Polish. */
    static final double OTHER_LANGUAGE_THRESHOLD = 0.995;
    /** The name the explanation gives a message in one of those languages held back from the classifier alone. */
    static final String OTHER_LANGUAGE = "other-language";
    /** The injection classifier's bar, with no rule firing, for one short how-to question about the customer's own banking. */
    static final double HOW_TO_THRESHOLD = 0.995;
    /** The name the explanation gives a message in one of those languages naming no person, held back from the human-request classifier alone. */
    static final String NO_PERSON_NAMED = "no-person-named";
    /** The name the explanation gives a how-to question held back from the classifier alone ({@link HowToQuestion}). */
    static final String HOW_TO = "how-to-question";

    Signal humanRequest(String text, float[] vector) {
        Optional<String> rule = HumanRequestDetector.rule(text);
        return heldBack(decide("human-request", Models.HUMAN, text, vector, HumanRequestDetector.signals(rule), rule), rule, text);
    }

    /** The human-request classifier's hit held back where the message asks for nobody (no rule fired): the cases below. */
    static Signal heldBack(Signal signal, Optional<String> rule, String text) {
        // Round 28: the classifier alone does not hand over a message that only mentions a person ("done by a human or
        // automatically?", "I'll speak to my wife about it"); a rule still does.
        if (signal.hit() && rule.isEmpty() && HumanRequestDetector.mentionOnly(text)) {
            return new Signal("human-request", false, Optional.of("mention-only"), signal.score());
        }
        // Round 83 (bh83): a request for a person the customer only quotes or reports ("my son shouts \"get me a human\"",
        // "un site dit « contactez votre conseiller »") or declines ("no need to pass me on to anyone"), with no other
        // word for a person or a call: the classifier alone does not hand it over; a rule on the rest still does.
        if (signal.hit() && rule.isEmpty() && HumanRequestDetector.quotedOrDeclinedOnly(text)) {
            return new Signal("human-request", false, Optional.of("quoted-or-declined"), signal.score());
        }
        // Round 80 (bh80): a message that is nothing but thanks and a goodbye, in any of the eight languages
        // (SentimentScorer.closingThanks: "Cheers, have a good evening.", "Ok, grazie mille."), asks for nobody; the
        // classifier alone read some as a request for a person. A rule still hands over.
        if (signal.hit() && rule.isEmpty() && SentimentScorer.closingThanks(text)) {
            return new Signal("human-request", false, Optional.of("thanks"), signal.score());
        }
        // Round 32 (issue 14): the classifier, trained mostly on English, scored a French complaint about waiting
        // ("Ça fait une semaine que j'attends.") 0.45; a German, Dutch or French message with no word for a person or
        // a call in any language the rules know is not handed over by it alone.
        // Round 35: the same for Spanish, Italian, Portuguese and Polish ("Llevo tres semanas esperando la tarjeta").
        if (signal.hit() && rule.isEmpty() && OtherLanguage.ordinaryOtherLanguage(text) && HumanRequestDetector.namesNoPerson(text)) {
            return new Signal("human-request", false, Optional.of(NO_PERSON_NAMED), signal.score());
        }
        return signal;
    }

    Signal frustration(String text, float[] vector) {
        return frustration(text, vector, SentimentScorer.signals(text));
    }

    private Signal frustration(String text, float[] vector, double[] rules) {
        return frustration(text, Models.FRUSTRATION.probability(text, vector, rules), Models.FRUSTRATION.threshold(), rules);
    }

    /** The frustration signal from the classifier's probability {@code p} at {@code threshold} and the word rules' signals. */
    static Signal frustration(String text, double p, double threshold, double[] rules) {
        // The word rules alone do not mark a message frustrated ("worst" in "the worst exchange rate"); they name
        // why. Explicit exasperation with the replies ("I already told you that", "what rubbish") does.
        if (p < threshold && SentimentScorer.exasperated(text)) {
            return new Signal("frustration", true, Optional.of("exasperation"), p);
        }
        // Round 28: thanks with no word of complaint ("Thanks, that's helpful.") is not frustration, whatever the
        // classifier reads into "helpful"; a rule signal (swearing, "thanks for nothing") keeps the classifier's say.
        // Round 80 (bh80): also thanks and a goodbye alone in the seven other languages (SentimentScorer.closingThanks).
        if (p >= threshold && java.util.Arrays.stream(rules).allMatch(r -> r == 0)
                && (SentimentScorer.thanking(text) || SentimentScorer.closingThanks(text))) {
            return new Signal("frustration", false, Optional.of("thanks"), p);
        }
        return new Signal("frustration", p >= threshold, SentimentScorer.rule(rules), p);
    }

    private static Signal decide(String guardrail, LinearModel model, String text, float[] vector, double[] rules, Optional<String> rule) {
        double p = model.probability(text, vector, rules);
        return new Signal(guardrail, rule.isPresent() || p >= model.threshold(), rule, p);
    }
}
