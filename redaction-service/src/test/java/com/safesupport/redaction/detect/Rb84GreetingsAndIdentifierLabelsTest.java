package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 84: two classes of false findings the name model makes — a greeting of another language opening a message, a
 * line or a sentence ("Merhaba,", "Kia ora,", with the Turkish "ben" after it), and the label of an identifier right before
 * its value ("PESEL 9…", "Natel 079 …", "Slovenian IBAN SI…") — are no person and no place. Round 84b: a quoted name
 * after a relation or role word stays a person (round 84's third reading, a quoted thing's name, is not shipped). Made-up texts; look-alikes the
 * readings must not touch; odd Unicode, a huge input, and linear time with inputs growing ×16.
 */
class Rb84GreetingsAndIdentifierLabelsTest {

    private static boolean named(List<String> findings, String text) {
        return findings.stream().anyMatch(x -> (x.startsWith("PERSON=") || x.startsWith("LOCATION=")) && x.contains(text));
    }

    @Test
    void anOpeningGreetingOfAnotherLanguageIsNoName() {
        for (String[] c : new String[][] {
                {"Merhaba, ben Deniz Kocabaşoğlu; faturam iki kez geldi.", "Merhaba"},
                {"Merhaba, ben Deniz Kocabaşoğlu; faturam iki kez geldi.", "ben"},
                {"Habari, naitwa Amani Njeri Odhiambo, naomba msaada kuhusu akaunti.", "Habari"},
                {"Sawubona, I'm Lindiwe Zungu and the router has no light.", "Sawubona"},
                {"Kia ora, Tamati Ngarewa here, the invoice is wrong.", "Kia ora"},
                {"Grüezi, ich heisse Urs Bühlmann und brauche eine neue Karte.", "Grüezi"},
                {"Thanks for the help.\nSelam, I am Hirut Bekele and my card is blocked.", "Selam"}}) {
            List<String> f = found(c[0]);
            assertFalse(named(f, c[1]), () -> c[0] + " " + f);
        }
        covered("Merhaba, ben Deniz Kocabaşoğlu; faturam iki kez geldi.", "PERSON", "Deniz Kocabaşoğlu");
        List<String> own = found("Merhaba, ben Deniz Kocabaşoğlu; faturam iki kez geldi.");
        assertTrue(own.contains("PERSON=Deniz Kocabaşoğlu"), () -> own.toString());
        covered("Kia ora, Tamati Ngarewa here, the invoice is wrong.", "PERSON", "Tamati Ngarewa");
    }

    @Test
    void aLabelBeforeItsIdentifierIsNoName() {
        for (String[] c : new String[][] {
                {"Dzień dobry, nazywam się Jolanta Mroczek, PESEL 90010154321, proszę o kontakt.", "PESEL"},
                {"T.C. kimlik numaram 10000000146, adım Deniz Kocabaşoğlu.", "kimlik"},
                {"Guten Tag, Urs Bühlmann hier, Natel 079 555 12 34.", "Natel"},
                {"Refund to my Slovenian IBAN SI56 1910 0000 0123 438 please.", "IBAN"},
                {"Bonjour, mon NAS est 046 454 286 et je change d'adresse.", "NAS"}}) {
            List<String> f = found(c[0]);
            assertFalse(named(f, c[1]), () -> c[0] + " " + f);
        }
        covered("Dzień dobry, nazywam się Jolanta Mroczek, PESEL 90010154321, proszę o kontakt.", "PERSON", "Jolanta Mroczek");
        covered("T.C. kimlik numaram 10000000146, adım Deniz Kocabaşoğlu.", "PERSON", "Deniz Kocabaşoğlu");
    }

    @Test
    void aQuotedNameAfterARelationOrRoleWordStaysAPerson() {
        // round 84b: round 84's third reading (a quoted name read as a thing's) was dropped before judging — it took these
        // persons away, and a missed person is a leak; a quoted name of a thing stays as main reads it
        covered("My daughter \"Emma\" is locked out of her account.", "PERSON", "Emma");
        covered("Please ask your colleague 'Jonathan' to call me back.", "PERSON", "Jonathan");
        covered("The agent \"Priya\" told me it was fixed, it was not.", "PERSON", "Priya");
        covered("my husband 'Hendrik' and I share the card", "PERSON", "Hendrik");
    }

    @Test
    void lookAlikesStayAsTheyWere() {
        // a quoted name after a naming word, a possessive, a name outside quotes
        covered("My name is \"Philippa Brackenridge\", please fix the spelling.", "PERSON", "Philippa Brackenridge");
        covered("Please call me 'Philippa Brackenridge' in the letters.", "PERSON", "Philippa Brackenridge");
        covered("The agent said 'Philippa Brackenridge's account is closed'.", "PERSON", "Philippa Brackenridge");
        // a name opening the message before its comma, a greeting word inside a sentence, a label with no value after it
        covered("Ingrid, please call me back about the refund. Ingrid Solvang", "PERSON", "Ingrid Solvang");
        covered("My colleague Tamati Ngarewa said merhaba to everyone.", "PERSON", "Tamati Ngarewa");
        covered("I moved to Valencia last spring, my name is Jolanta Mroczek.", "PERSON", "Jolanta Mroczek");
        for (String text : List.of("Ben, please call me back today.", "Ben Hartley here, the card is blocked.")) {
            List<String> f = found(text);
            assertTrue(f.stream().anyMatch(x -> x.startsWith("PERSON=Ben")), () -> text + " " + f);
        }
        assertFalse(OPENING("Merhaba Deniz"));
        assertTrue(NameModelRecognizer.IDENTIFIER_LABELS.contains("pesel"));
    }

    private static boolean OPENING(String w) {
        return NameModelRecognizer.OPENING_GREETINGS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void oddUnicodeAndHugeInputs() {
        List<String> odd = found("Merhaba\u200b, ben\u00a0Deniz \uD83D\uDE00 PESEL\u2028 9001 Kia\u0301 ora! T.C.\u200bkimlik \uD835\uDC00bc 1");
        assertTrue(odd.stream().noneMatch(x -> x.contains("\uD83D\uDE00")), () -> odd.toString());
        String huge = "Merhaba, ben Deniz Kocabaşoğlu, PESEL 90010154321; Kia ora, Tamati Ngarewa, Natel 079 555 12 34.\n".repeat(2_000);
        List<String> all = found(huge);
        assertTrue(all.stream().noneMatch(x -> x.startsWith("PERSON=Merhaba") || x.contains("PESEL")),
                () -> all.stream().distinct().toList().toString());
        assertTrue(all.stream().filter(x -> x.startsWith("PERSON=Deniz")).count() >= 1_000, () -> all.stream().distinct().toList().toString());
    }

    @Test
    void theReadingsStayLinear() {
        for (String unit : List.of("'Harriet' 'Oscar', \"Emma\" and \u201cSydney\u201d (a) ", "'' \"\" 'A' ' B ' x ","Merhaba, ben Deniz Kocabaşoğlu. ", "Kia ora! Kia ora, Kia ora ", "PESEL PESEL Natel 0 ",
                "T.C. T.C. kimlik no 1 IBAN ", "\n Habari,\n Sawubona!  ben ben Ben 9 ", "                Merhaba, ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 84 greetings and identifier labels 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio,
                    unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
