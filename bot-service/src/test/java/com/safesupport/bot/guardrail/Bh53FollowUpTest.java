package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 53 (issue 14, branch bh53): "if that helps" in Spanish, French and Portuguese no longer makes a message a call for
 * help, so a fact added with it is read as facts; "ayuda", "aide" and "ajuda" alone still are. Sentences written for this
 * test, none from a dataset or from the written sets.
 */
class Bh53FollowUpTest {

    @Test
    void ifThatHelpsAddsFacts() {
        for (String text : List.of(
                "Tengo la cuenta en la oficina de Sevilla, si eso ayuda.",
                "J'ai ouvert le compte en 2019, si ça aide.",
                "Tenho a conta desde 2015, se isso ajuda.")) {
            assertTrue(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void aCallForHelpIsNoFact() {
        for (String text : List.of(
                "Tengo la cuenta bloqueada, necesito ayuda.",
                "J'ai besoin d'aide avec mon compte.",
                "Tenho a conta bloqueada, preciso de ajuda.")) {
            assertFalse(FollowUp.addsFacts(text), text);
        }
    }

    @Test
    void theRuleIsLinearOnHostileInput() {
        RuleLinearity.assertLinear("si eso si ça se isso ayuda aide ajuda ", FollowUp::addsFacts, 16);
    }
}
