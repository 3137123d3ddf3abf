package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Round 46 (issue 14, branch bh46): the look-alikes written for round 46's candidate (reverted under its decision rule)
 * that main's rules already leave alone — a customer who is a lawyer, a time away, "it is enough if", a Spanish
 * question the customer checks themselves, a son who speaks no German. Kept so that a later round re-applying the
 * candidate keeps them silent. Sentences written for this test.
 */
class Bh46LookAlikesTest {

    @Test
    void lookAlikesInOtherLanguagesStaySilent() {
        assertFalse(HumanRequestDetector.detect("¿Puedo revisarlo yo mismo en la aplicación?"));
        assertFalse(HumanRequestDetector.detect("Mein Sohn spricht kein Deutsch, kann er trotzdem ein Konto eröffnen?"));
        assertFalse(HumanRequestDetector.detect("Alguien de su equipo ya lo revisó la semana pasada."));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Sou advogada e recebo pagamentos de clientes, há limite?"));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Je suis avocat et je reçois des virements de mes clients."));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Je ne serai plus là la semaine prochaine, je pars en vacances."));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("Finalmente ho finito tutto il lavoro, posso fare il bonifico?"));
        assertFalse(SentimentScorer.exasperated("Es reicht, wenn ich die Karte morgen abhole?"));
        assertFalse(SentimentScorer.exasperated("Estoy en la oficina, ¿cuánto cuesta la transferencia?"));
    }

    @Test
    void theRulesReadTheseLinearly() {
        RuleLinearity.assertLinear("mein sohn spricht kein deutsch alguien de su equipo ", HumanRequestDetector::detect, 16);
        RuleLinearity.assertLinear("sou advogada je suis avocat je ne serai plus là ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
