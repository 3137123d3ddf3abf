package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 56 (issue 14, branch bh56): fraud the customer is living through, told without the words "scam" or "fraud" —
 * someone emptying their account, a caller who talked them into giving a code away, a seller or an advert that vanished
 * or blocked them, a loan or an account someone took out in their name, being the victim of identity theft — in the
 * eight languages, and losing one's savings to betting one cannot stop, are sensitive topics. Someone merely using a card
 * or a stolen card to block (ordinary card questions, round 30b), a question about identity theft, opening an account in
 * one's own name and a seller who delivered are not. Sentences written for this test, none from a dataset or from the
 * written sets. Each rule is linear on hostile input ({@link RuleLinearity}, ×16).
 */
class Bh56FraudSituationTest {

    @Test
    void theCustomersOwnFraudIsSensitive() {
        for (String text : List.of(
                "Someone is emptying my savings account right now, every few minutes another withdrawal.",
                "Somebody has drained our joint account overnight.",
                "A woman on the phone talked me into reading out the six-digit code from my text.",
                "They tricked me into giving them my card details and the PIN.",
                "I paid a deposit for a sofa. The seller has vanished and the listing is gone.",
                "The advert disappeared after I transferred the money.",
                "Someone took out a credit card in my name.",
                "There is a loan in my name that I never applied for.",
                "I'm the victim of identity theft and need help.",
                "Quelqu'un vide mon livret depuis ce matin.",
                "Le vendeur a disparu avec mon argent.",
                "Alguien está vaciando mi cuenta ahora mismo.",
                "Alguien ha pedido un préstamo a mi nombre.",
                "Jemand räumt gerade mein Konto leer.",
                "Jemand hat einen Kredit auf meinen Namen aufgenommen.",
                "Iemand haalt mijn rekening leeg.",
                "De verkoper is verdwenen en ik heb al betaald.",
                "Qualcuno sta svuotando il mio conto.",
                "Il venditore è sparito dopo il bonifico.",
                "Alguém está a esvaziar a minha conta.",
                "O vendedor desapareceu depois da transferência.",
                "Ktoś czyści moje konto od rana.",
                "Ktoś wziął kredyt na moje dane.",
                "I can't stop. Every week I lose more on the betting apps.",
                "I've lost almost all my savings on gambling sites.")) {
            assertEquals(Optional.of(true), SensitiveTopicDetector.detect(text).map(c -> true), text);
        }
    }

    @Test
    void ordinaryCardAndAccountQuestionsAreNot() {
        for (String text : List.of(
                "I think someone is using my card, can you freeze it?",
                "My card was stolen, how do I block it?",
                "How can I protect myself from identity theft?",
                "Can someone help me open an account in my name only?",
                "The seller has sent the parcel, when will the payment show?",
                "Can I empty my savings account into my current account?",
                "Quelqu'un peut m'aider à ouvrir un compte à mon nom ?",
                "Ich möchte ein Konto auf meinen Namen eröffnen.",
                "Can I stop my card being used for betting sites?")) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void theRulesAreLinearOnHostileInput() {
        RuleLinearity.assertLinear("someone is emptying my someone took out in my name ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("talked me into the seller has jemand hat auf meinen namen ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("i can't stop and lost nearly all of my ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
