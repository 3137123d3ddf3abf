package com.safesupport.bot.guardrail;

import java.util.Optional;

/**
 * What one input guardrail said about a message: whether it fired, the explainable rule that fired (if any) and
 * the learned classifier's probability. Rules come first: a rule that fires is a hit whatever the score; otherwise
 * the classifier decides at its threshold.
 */
public record Signal(String guardrail, boolean hit, Optional<String> rule, double score) {

    /** HIT or PASS, as the explanation and decision record show it. */
    public String outcome() {
        return hit ? "HIT" : "PASS";
    }
}
