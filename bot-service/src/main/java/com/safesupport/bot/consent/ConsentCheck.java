package com.safesupport.bot.consent;

/**
 * What the pipeline needs to know: may the AI process this customer's message? {@code UNAVAILABLE} when
 * consent-service could not confirm, which is treated exactly like a refusal (fail closed).
 */
public record ConsentCheck(Outcome outcome, String state) {

    public enum Outcome { ALLOWED, NOT_ALLOWED, UNAVAILABLE }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    public static ConsentCheck unavailable() {
        return new ConsentCheck(Outcome.UNAVAILABLE, "UNKNOWN");
    }
}
