package com.safesupport.bot.guardrail;

import java.util.List;
import java.util.Optional;

/** What the input guardrails found in one customer message (already redacted). */
public record InputVerdict(boolean explanationRequest, boolean humanRequest, boolean injection,
                           Optional<String> sensitiveTopic, boolean abuse, double frustration) {

    /** The names of the guardrails that ran, for the explanation of every reply. */
    public static final List<String> RAN = List.of("human-request", "prompt-injection", "sensitive-topic", "abuse", "frustration");

    public boolean frustrated() {
        return frustration >= 0.5;
    }
}
