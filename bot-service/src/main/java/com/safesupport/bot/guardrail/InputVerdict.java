package com.safesupport.bot.guardrail;

import java.util.List;
import java.util.Optional;

/**
 * What the input guardrails found in one customer message (already redacted). The booleans are the decisions;
 * {@code signals} holds, per learned guardrail (prompt-injection, human-request, frustration, scope and,
 * since round bl2, sensitive-topic), the rule that
 * fired and the classifier's score, for explanations and decision records. {@code frustration} is this message's
 * frustration probability; {@link FrustrationTrend} judges it over the last turns. {@code inScope} is the
 * probability that the message is a banking question this assistant is for.
 */
public record InputVerdict(boolean explanationRequest, boolean humanRequest, boolean injection,
                           Optional<String> sensitiveTopic, boolean abuse, double frustration,
                           List<Signal> signals, double inScope) {

    /** The names of the guardrails that ran, for the explanation of every reply. */
    public static final List<String> RAN = List.of("human-request", "prompt-injection", "sensitive-topic", "abuse", "frustration", "scope");

    public InputVerdict {
        signals = List.copyOf(signals);
    }

    /** A verdict from rules alone (no classifier scores), as before the learned guardrails. */
    public InputVerdict(boolean explanationRequest, boolean humanRequest, boolean injection,
                        Optional<String> sensitiveTopic, boolean abuse, double frustration) {
        this(explanationRequest, humanRequest, injection, sensitiveTopic, abuse, frustration, List.of(), 1.0);
    }

    /** This message alone reads as frustrated (or abusive, see {@link #abuse()}). */
    public boolean frustrated() {
        return signal("frustration").map(Signal::hit).orElse(frustration >= 0.5);
    }

    /** The scope classifier says this is not a question for a bank's assistant. */
    public boolean outOfScope() {
        return signal("scope").map(Signal::hit).orElse(false);
    }

    public Optional<Signal> signal(String guardrail) {
        return signals.stream().filter(s -> s.guardrail().equals(guardrail)).findFirst();
    }
}
