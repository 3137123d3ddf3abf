package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round rm4: the support model's own person runs count only in a person context ({@link PersonContext}): an
 * introduction, a greeting or address, a label or a record's key, a title or relation word before the run, a verb of
 * speaking after it, a signature line. Made-up texts and names.
 */
class Rm4PersonContextTest {

    /** {@link PersonContext#of} for the (first) occurrence of {@code run} in {@code text}. */
    private static boolean context(String text, String run) {
        int from = text.indexOf(run);
        assertTrue(from >= 0, run + " in " + text);
        return PersonContext.of(text, text.toLowerCase(java.util.Locale.ROOT), from, from + run.length(), PersonContext.lastLine(text));
    }

    @Test
    void introductionsInTheCustomersLanguages() {
        assertTrue(context("hello, my name is Qorvina Telmasz and my card was charged twice", "Qorvina Telmasz"));
        assertTrue(context("Hi this is Qorvina from the third floor", "Qorvina"));
        assertTrue(context("I'm Qorvina Telmasz, the account is mine", "Qorvina Telmasz"));
        assertTrue(context("Goedemiddag, ik ben Qorvina Telmasz", "Qorvina Telmasz"));
        assertTrue(context("Bonjour, je m'appelle Qorvina Telmasz", "Qorvina Telmasz"));
        assertTrue(context("Hallo, ich heiße Qorvina Telmasz", "Qorvina Telmasz"));
        assertTrue(context("Hola, me llamo Qorvina", "Qorvina"));
        assertTrue(context("Buongiorno, mi chiamo Qorvina Telmasz", "Qorvina Telmasz"));
        assertTrue(context("Dzień dobry, nazywam się Qorvina Telmasz", "Qorvina Telmasz"));
        assertTrue(context("yesterday I spoke with Qorvina about it", "Qorvina"));
    }

    @Test
    void greetingsAddressesAndThanks() {
        assertTrue(context("Hi Qorvina, the refund is still missing", "Qorvina"));
        assertTrue(context("Dear Qorvina Telmasz,\nthe parcel arrived damaged", "Qorvina Telmasz"));
        assertTrue(context("Hallo, Qorvina! Wann kommt das Paket?", "Qorvina"));
        assertTrue(context("Bonjour Qorvina, merci pour votre aide", "Qorvina"));
        assertTrue(context("ok thank you Qorvina for the quick help", "Qorvina"));
        assertTrue(context("Qorvina, could you check the invoice again?", "Qorvina"));
        assertTrue(context("The invoice, Qorvina Telmasz wrote it", "Qorvina Telmasz"), "a verb after counts on its own");
        assertFalse(context("our plan, Qorvina Plus, costs more", "Qorvina Plus"), "a comma after a run that does not open the text");
    }

    @Test
    void labelsAndRecordKeys() {
        assertTrue(context("Order 4471\nName: Qorvina Telmasz\nPhone: none", "Qorvina Telmasz"));
        assertTrue(context("Account holder: QORVINA TELMASZ", "QORVINA TELMASZ"));
        assertTrue(context("From: Qorvina Telmasz\nTo: support", "Qorvina Telmasz"));
        assertTrue(context("{\"id\": 12, \"full_name\": \"Qorvina Telmasz\", \"tier\": 2}", "Qorvina Telmasz"));
        assertTrue(context("Nachname: Telmasz", "Telmasz"));
        assertTrue(context("card holder=TELMASZ/QORVINA", "TELMASZ/QORVINA"));
        assertFalse(context("Product: Qorvina Max", "Qorvina Max"), "a label that is no person's");
        assertFalse(context("{\"plan\": \"Qorvina\"}", "Qorvina"), "a key that is no person's");
    }

    @Test
    void titlesRelationsAndVerbsAfter() {
        assertTrue(context("please ask Mr. Telmasz to call back", "Telmasz"));
        assertTrue(context("Frau Telmasz hat angerufen", "Telmasz"));
        assertTrue(context("my wife Qorvina opened the account", "Qorvina"));
        assertTrue(context("your agent Qorvina promised a refund", "Qorvina"));
        assertTrue(context("mijn collega Qorvina heeft gebeld", "Qorvina"));
        assertTrue(context("then Qorvina said the card was blocked", "Qorvina"));
        assertTrue(context("and Qorvina Telmasz called me twice", "Qorvina Telmasz"));
        assertFalse(context("the bank. Qorvina opened the account", "Qorvina"), "a sentence's end is no title");
    }

    @Test
    void signatures() {
        assertTrue(context("The parcel never came.\n\nRegards,\nQorvina Telmasz", "Qorvina Telmasz"));
        assertTrue(context("Danke für die Hilfe\nViele Grüße\nQorvina Telmasz\nTelefon folgt", "Qorvina Telmasz"));
        assertTrue(context("can you check it please\n- Qorvina", "Qorvina"));
        assertTrue(context("merci d'avance\nCordialement,\n\nQORVINA TELMASZ\nservice achats", "QORVINA TELMASZ"));
        assertFalse(context("Qorvina Max\nis the plan I want to change", "Qorvina Max"), "a line alone that is not the last, no closing before");
        assertFalse(context("the last line names Qorvina Max", "Qorvina Max"), "not alone on its line");
    }

    @Test
    void nameLabelsWithoutAColonBirthWordsAndTheTextsEnd() {
        assertTrue(context("the name on card QORVINA TELMASZ is misspelt", "QORVINA TELMASZ"));
        assertTrue(context("transferir hoje ao beneficiário Qorvina Telmasz por favor", "Qorvina Telmasz"));
        assertTrue(context("Kundennummer 8812, Qorvina Telmasz, geb. 12.04.1990", "Qorvina Telmasz"));
        assertTrue(context("can you send the form again? Qorvina", "Qorvina"));
        assertTrue(context("the new card never arrived — Qorvina Telmasz", "Qorvina Telmasz"));
        assertTrue(context("please call me back, groet, qorvina telmasz", "qorvina telmasz"));
        assertFalse(context("ok that is all from me. Thankyou", "Thankyou"), "a closing word is no name");
        assertTrue(context("the backup job on Qorvina's laptop fails", "Qorvina"));
        assertTrue(context("we rotated Qorvina's test key yesterday", "Qorvina"));
        assertFalse(context("the backup job on qorvina's laptop fails", "qorvina"), "lower case: no possessive context");
        assertFalse(context("the parcel for Qorvina Telmasz is late again today and nobody answers", "Qorvina Telmasz"));
        assertFalse(context("can you send the form again? Qorvina sent it", "Qorvina"), "not the text's end");
    }

    @Test
    void noContextNoSupportRun() {
        // what rm3 measured: capitalised words in English text outside a person context
        assertFalse(context("watching Qorvina Telmasz tonight with the whole family", "Qorvina Telmasz"));
        assertFalse(context("just landed in Qorvina, the weather is great", "Qorvina"));
        assertFalse(context("how do I top up with Qorvina Pay", "Qorvina Pay"));
        assertFalse(context("the new Telmasz album is out", "Telmasz"));
        assertFalse(context("RT @someone: Qorvina Telmasz is trending", "Qorvina Telmasz"));
        assertFalse(context("is qorvina's open on sundays", "qorvina"), "a possessive is a shop's as often");
        assertFalse(context("the new Qorvina's menu is out", "Qorvina"), "a possessive before no belonging");
    }

    @Test
    void oddInputStaysSafe() {
        assertTrue(context("Qorvina", "Qorvina"), "a text that is one line, the run alone: a signature's shape");
        assertFalse(context(":\"\"=Qorvina Telmasz rose", "Qorvina Telmasz"));
        assertFalse(context("名前: Qorvina", "Qorvina"), "a label in another script is none of the lists'");
        assertTrue(context("Name:\u00a0Qorvina\u00a0Telmasz", "Qorvina\u00a0Telmasz"));
        String longLine = "x".repeat(200) + " my name is Qorvina";
        assertTrue(context(longLine, "Qorvina"));
        assertFalse(context("Regards," + " ".repeat(200) + "\nzz " + "a".repeat(300) + " Qorvina", "Qorvina"));
    }

    @Test
    void oddUnicodeAndHugeInputThroughTheAnalyser() {
        // dotted capitals, combining marks, astral letters and emoji around the contexts: no exception, same offsets
        for (String text : List.of("İstanbul'dan yazıyorum, adım Qorvİna Telmasz", "Name: Q\u0301orvina Telmasz\nRegards,\nQorvina",
                "Hi \uD835\uDC00\uD835\uDC01 Qorvina 😀, my name is Qorvina Telmasz 😀", "\u200BDear\u200B Qorvina,\u2028thanks")) {
            AnalyzerTest.found(text);
        }
        String huge = ("Regards,\n" + "Qorvina ".repeat(2000) + "\nName: " + "x".repeat(5000) + " said ").repeat(4);
        AnalyzerTest.found(huge);
        assertTrue(huge.length() > 80_000);
    }

    @Test
    void theGateWithItsContextStaysLinear() {
        for (String unit : List.of("Hi Qorvina, my name is Qorvina Telmasz. ", "Name: Qorvina Telmasz\n", "Regards,\nQorvina\n",
                "Mr. Telmasz said yes, ", "\"full_name\": \"Qorvina Telmasz\", ", "Qorvina Telmasz Qorvina Telmasz ",
                ": : : = = \" \" , , . . ", "\n\n\n- ", "my my my my my name is is is ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round rm4 person context 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
