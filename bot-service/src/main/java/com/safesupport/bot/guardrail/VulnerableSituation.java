package com.safesupport.bot.guardrail;

import java.util.Optional;

/**
 * Round 62 (bh62, issue 14): the customer's own vulnerable situation — an illness, a death, debts they cannot meet,
 * someone hurting, controlling or exploiting them, a home lost, an addiction, blackmail — told in words no
 * {@link SensitiveTopicDetector} rule knows. A learned head ({@code guardrail/models/vulnerable-situation.model},
 * logistic regression on the message's MiniLM sentence embedding, trained by
 * {@code com.safesupport.bot.eval.GuardrailTraining} on the project's own written lines) decides where the rules are
 * silent, in a message not clearly in one of the seven other languages ({@link CustomerLanguage}): the embedding is an
 * English model's. The rules come first: a category they name is the category, whatever the score.
 */
public final class VulnerableSituation {

    /** The model's resource name and the category the head alone names. */
    public static final String MODEL = "vulnerable-situation";

    private VulnerableSituation() {
    }

    /**
     * The sensitive-topic signal: the rules' category if any (a hit), else a hit named {@link #MODEL} when the head's
     * probability reaches its threshold; the score is the head's in both cases.
     */
    static Signal signal(Optional<String> ruleCategory, double probability, double threshold, String text) {
        if (ruleCategory.isPresent()) {
            return new Signal("sensitive-topic", true, ruleCategory, probability);
        }
        // MiniLM (all-MiniLM-L6-v2) is an English model: it reads messages in the other seven languages alike, so there the
        // head decides nothing and the rules alone do.
        boolean hit = probability >= threshold && CustomerLanguage.of(text).isEmpty();
        return new Signal("sensitive-topic", hit, hit ? Optional.of(MODEL) : Optional.empty(), probability);
    }
}
