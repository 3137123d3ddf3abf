package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 48 (issue 14, branch bh48; round 47's 228749d re-applied, first written by round 46 as bc617b3): {@link CustomerLanguage} names the seven languages
 * the knowledge base does not serve, says nothing for English, for short texts, names or account numbers, and reads
 * hostile input in linear time. Sentences written for this test.
 */
class Bh48CustomerLanguageTest {

    @Test
    void namesTheLanguageOfAnOrdinaryMessage() {
        Map<String, String> messages = Map.of(
                "Ich habe gestern eine Überweisung gemacht und sie ist noch nicht angekommen.", "de",
                "Mijn spaarrekening staat nog steeds op nul, hoe kan dat?", "nl",
                "Bonjour, je voudrais savoir pourquoi ma carte ne marche pas au distributeur.", "fr",
                "Hola, quiero saber cuánto cuesta enviar dinero a Colombia desde mi cuenta.", "es",
                "Buongiorno, vorrei sapere perché il mio bonifico non è ancora arrivato.", "it",
                "Olá, fiz um pagamento com o cartão e ainda não aparece na minha conta.", "pt",
                "Dzień dobry, nie mogę zalogować się do aplikacji od wczoraj.", "pl");
        messages.forEach((text, code) -> assertEquals(Optional.of(code), CustomerLanguage.of(text), text));
    }

    @Test
    void saysNothingForEnglishOrShortTexts() {
        for (String text : new String[]{"ok", "thanks", "Thanks!", "merci", "Danke", "gracias", "dziękuję", "DE89 3704 0044 0532 0130 00",
                "NL91ABNA0417164300", "Jan de Vries", "Maria da Silva", "Juan de la Cruz", "", "   ", "12.50 EUR",
                "I sent 200 euros to Juan de la Cruz yesterday, why is it still pending?",
                "My card was declined at a café in Paris, can you check it?",
                "How do I pay my rent to Mr van der Berg from my savings account?",
                "Is there a fee for a transfer to my account in Lisboa?"}) {
            assertEquals(Optional.empty(), CustomerLanguage.of(text), text);
        }
    }

    @Test
    void theDetectorIsLinearOnHostileInput() {
        RuleLinearity.assertLinear("der de la el il o w ß ł ñ ã und het et y e z ", t -> CustomerLanguage.of(t).isPresent(), 16);
        RuleLinearity.assertLinear("ßłñãßłñã", t -> CustomerLanguage.of(t).isPresent(), 16);
        RuleLinearity.assertLinear("x", t -> CustomerLanguage.of(t).isPresent(), 256);
    }
}
