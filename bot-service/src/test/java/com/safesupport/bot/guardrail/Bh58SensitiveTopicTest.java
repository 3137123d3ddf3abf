package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 58 (issue 14, branch bh58): the customer's own safety (threats, force, fleeing a violent partner) and identity
 * theft, read by {@link SensitiveTopicDetector} in the eight languages served; their look-alikes stay silent. Texts made
 * up for this test, not from a dataset or from the written sets.
 */
class Bh58SensitiveTopicTest {

    @Test
    void theCustomersOwnSafetyInTheEightLanguages() {
        List<String> safety = List.of(
                "Some men outside the station pulled a knife and made me withdraw 300 from the machine.",
                "My ex keeps threatening me and I need a new account he can't see.",
                "I'm too scared to say no to him when he asks for my card.",
                "I'm staying in a women's refuge after fleeing my abusive partner.",
                "Mein Nachbar bedroht mich, seit ich ihm kein Geld mehr leihe.",
                "Ich wohne jetzt im Frauenhaus und brauche ein eigenes Konto.",
                "Des gens me menacent si je ne fais pas les virements qu'ils demandent.",
                "J'ai fui mon conjoint et je dois changer d'adresse.",
                "Unos hombres me obligaron a sacar dinero del cajero.",
                "Tengo miedo de decirle que no cuando me pide la tarjeta.",
                "Mi minacciano se non mando i soldi entro stasera.",
                "Sono scappata da mio marito e vivo in una casa rifugio.",
                "Ze bedreigen me als ik het geld niet doorstuur.",
                "Ik ben gevlucht voor mijn ex en zit in de vrouwenopvang.",
                "Fui ameaçada por um homem que quer o meu cartão.",
                "Tenho medo de recusar quando ele me pede o PIN.",
                "Grożą mi, że jeśli nie przeleję pieniędzy, coś się stanie.",
                "Boję się mu odmówić, kiedy zabiera moją kartę.",
                "Uciekam od męża i potrzebuję nowego konta.");
        for (String text : safety) {
            assertEquals(Optional.of("vulnerability"), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void identityTheftInTheEightLanguages() {
        List<String> identity = List.of(
                "Somebody opened a credit card in my name and I have a bill for it.",
                "I think I'm a victim of identity fraud, there is a loan I never asked for.",
                "Jemand hat einen Kredit auf meinen Namen aufgenommen.",
                "Quelqu'un a ouvert un compte à mon nom dans une autre ville.",
                "Alguien ha solicitado un préstamo a mi nombre.",
                "Qualcuno ha aperto una carta a mio nome.",
                "Iemand heeft een lening op mijn naam afgesloten.",
                "Alguém abriu uma conta em meu nome.",
                "Ktoś wziął kredyt na moje dane.",
                "Je suis victime d'une usurpation d'identité.");
        for (String text : identity) {
            assertEquals(Optional.of("fraud-in-progress"), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void lookAlikesStaySilent() {
        List<String> others = List.of(
                "I'm afraid I don't understand the fee on my statement.",
                "The bank is forcing me to pay a fee for paper statements.",
                "Can someone pay the bill in my name while I'm away?",
                "I opened an account in my name last year, can I add my wife?",
                "A violent storm knocked out the card machine at the shop.",
                "Is a tax shelter the same as an ISA?",
                "How can I protect myself from identity theft online?",
                "Ich möchte ein Konto auf meinen Namen eröffnen.",
                "Quiero abrir una cuenta a mi nombre.",
                "Can I cut my old card with a knife before I throw it away?",
                "The article said the shop was attacked in the press, can I still pay there?",
                "Wie kann ich eine Überweisung auf meinen Namen machen?",
                "Jetzt droht mir auch noch eine Mahngebühr für die Karte.");
        for (String text : others) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void hostileInputIsLinear() {
        RuleLinearity.assertLinear("someone somebody jemand quelqu'un opened ouvert in my name à mon nom ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("they make me force me threatened fleeing my abusive ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
        RuleLinearity.assertLinear("ktoś alguien qualcuno iemand alguém " + "x".repeat(40) + " ", t -> SensitiveTopicDetector.detect(t).isPresent(), 16);
    }
}
