package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 79 (bh79, issue 14): a clause about someone outside the customer's household — its subject a neighbour, a
 * colleague, a friend, a boss, a landlord, a client, with no first-person word in it — does not make the message a
 * sensitive topic; the customer's own situation (a relative's or a partner's included, or the customer named in the
 * clause) still does, and a wish to die is read wherever it is said. Texts written for this test.
 */
class Bh79SomeoneElseTest {

    @Test
    void someoneElsesTroubleIsNotTheCustomersInEightLanguages() {
        for (String text : List.of(
                "My neighbour was scammed out of his savings last month. Which messages would you never send me?",
                "A colleague of mine is in hospital with a heart condition, can I order a gift card for her?",
                "Our landlord is terminally ill, so who do we pay the rent to while his son sorts things out?",
                "Meine Nachbarin wurde am Telefon betrogen. Wie schalte ich Push-Mitteilungen für Kartenzahlungen ein?",
                "Mon collègue est en dépression depuis l'été. Comment je fais un virement instantané ?",
                "Mijn buurman is opgelicht via een nepwebshop. Kan ik een limiet instellen voor online betalingen?",
                "Mi vecina fue estafada por teléfono. ¿Cómo activo las notificaciones de pago?",
                "Il mio collega è stato truffato online. Come attivo le notifiche dei pagamenti?",
                "O meu vizinho foi burlado por telefone. Como ativo as notificações de pagamento?",
                "Mój sąsiad został oszukany przez telefon. Jak włączyć powiadomienia o płatnościach?")) {
            assertEquals(Optional.empty(), SensitiveTopicDetector.detect(text), text);
        }
    }

    @Test
    void theCustomersOwnSituationIsStillReadWithSomeoneElseNamed() {
        // The customer named in the clause, a relative's or a partner's trouble, or the customer's own clause after it.
        assertTrue(SensitiveTopicDetector.detect("My friend scammed me out of 600 pounds.").isPresent());
        assertTrue(SensitiveTopicDetector.detect("My landlord is threatening to evict me because I cannot pay my rent.").isPresent());
        assertTrue(SensitiveTopicDetector.detect("My mother passed away on Monday and her bills are still being paid.").isPresent());
        assertTrue(SensitiveTopicDetector.detect("My neighbour helped me, but I was scammed by a fake courier.").isPresent());
        assertTrue(SensitiveTopicDetector.detect("Mein Freund hat mich betrogen und mein Konto leergeräumt.").isPresent());
        assertTrue(SensitiveTopicDetector.detect("Meine Freundin ist gestorben und ich weiß nicht, was mit unserem Konto passiert.").isPresent());
        assertTrue(SensitiveTopicDetector.detect("Mi jefe me despidió y no puedo pagar la hipoteca.").isPresent());
    }

    @Test
    void aWishToDieIsReadWhoeverIsNamedFirst() {
        assertEquals(Optional.of("self-harm"), SensitiveTopicDetector.detect("My boss says nothing, honestly I want to end it all."));
        assertEquals(Optional.of("self-harm"), SensitiveTopicDetector.detect("A friend keeps asking, but I don't want to live any more."));
    }

    @Test
    void theClauseReadingItself() {
        assertTrue(SensitiveTopicDetector.aboutSomeoneElse("my neighbour's son was scammed"));
        assertTrue(SensitiveTopicDetector.aboutSomeoneElse("ein freund wurde betrogen"));
        assertFalse(SensitiveTopicDetector.aboutSomeoneElse("mein freund wurde betrogen"));
        assertFalse(SensitiveTopicDetector.aboutSomeoneElse("my colleague told me i was scammed"));
        assertFalse(SensitiveTopicDetector.aboutSomeoneElse("my husband was scammed"));
        assertFalse(SensitiveTopicDetector.aboutSomeoneElse("i was scammed"));
        assertEquals(" , can i freeze my card?", SensitiveTopicDetector.someoneElseMasked(" my friend was scammed, can i freeze my card?"));
    }

    @Test
    void hostileInputIsReadInLinearTime() {
        for (String unit : List.of("my neighbour was scammed, ", "my friend and my friend and ", "colleague colleague ",
                "a\u0308\u202E neighbour\u200b ", "x".repeat(60), "sąsiad zmarł. ")) {
            RuleLinearity.assertLinear(unit, t -> SensitiveTopicDetector.detect(t).isPresent());
        }
    }

    @Test
    void hugeInputAndOddUnicodeDoNotBreakIt() {
        String huge = "My neighbour was scammed. ".repeat(20_000) + "I was scammed too.";
        assertEquals(Optional.of("fraud-in-progress"), SensitiveTopicDetector.detect(huge));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect("My\u00a0neigh\u200bbour was scammed\u3000\u2028 ☺️ 𝔞𝔟"));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(",,,;;;... and and but , , "));
        assertEquals(Optional.empty(), SensitiveTopicDetector.detect(""));
    }
}
