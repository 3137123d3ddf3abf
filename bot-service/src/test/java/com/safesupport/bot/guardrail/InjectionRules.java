package com.safesupport.bot.guardrail;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on {@link PromptInjectionDetector#rule}, shared by the injection rule tests of rounds 32, 34 and 38. */
final class InjectionRules {

    private InjectionRules() {
    }

    /** Every text is refused by some rule family. */
    static void refused(String... texts) {
        for (String text : texts) {
            assertTrue(PromptInjectionDetector.rule(text).isPresent(), text);
        }
    }

    /** Every text is refused by exactly this rule family. */
    static void fires(String family, String... texts) {
        for (String text : texts) {
            assertEquals(Optional.of(family), PromptInjectionDetector.rule(text), text);
        }
    }

    /** No rule family fires on any text. */
    static void silent(String... texts) {
        for (String text : texts) {
            assertEquals(Optional.empty(), PromptInjectionDetector.rule(text), text);
        }
    }
}
