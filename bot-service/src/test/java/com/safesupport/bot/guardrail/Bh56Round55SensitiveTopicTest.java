package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 55 (issue 14, branch bh55; re-applied in round 56, bh56): the customer's own situation named in ways the rules missed — an abusive or violent
 * partner, fleeing them, in the eight languages, and a serious illness written without the apostrophe ("im seriously ill",
 * "ive been diagnosed with") — is a sensitive topic; a violent film, a partner account or "I'm ill with a cold" question is
 * not. Each rule is linear on hostile input ({@link RuleLinearity}, ×16). Sentences written for this test, none from a
 * dataset or from the written sets.
 */
class Bh56Round55SensitiveTopicTest {

    @Test
    void anAbusivePartnerOrASeriousIllnessIsSensitive() {
        for (String text : List.of(
                "I left my abusive partner last week and need an account he cannot see.",
                "He is violent towards me and I need my wages paid somewhere else.",
                "im seriously ill and cannot get to the branch",
                "ive just been diagnosed with a tumour and need someone to manage my bills",
                "Mi marido es maltratador y necesito una cuenta solo a mi nombre.",
                "Il mio compagno è violento, voglio aprire un conto solo mio.",
                "Mon mari est violent, je veux un compte à mon seul nom.",
                "Mein Mann ist gewalttätig, ich brauche ein eigenes Konto.",
                "Mijn man is gewelddadig, ik wil een eigen rekening.",
                "O meu marido é violento e preciso de uma conta só minha.",
                "Partner stosuje wobec mnie przemoc, potrzebuję osobnego konta.")) {
            assertTrue(SensitiveTopicDetector.detect(text).isPresent(), text);
        }
    }

    @Test
    void otherSensesAreNoSensitiveTopic() {
        for (String text : List.of(
                "The violent film I paid for was charged twice.",
                "Can my partner and I open a joint account online?",
                "Im going abroad next week, do I need to tell you?",
                "Il film era violento ma il biglietto è stato addebitato due volte.",
                "Mijn man wil een eigen rekening openen, kan dat online?")) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void theRuleIsLinearOnHostileInput() {
        RuleLinearity.assertLinear("my abusive partner stosuje wobec mnie przemoc ",
                t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("im seriously ill ive been diagnosed ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
