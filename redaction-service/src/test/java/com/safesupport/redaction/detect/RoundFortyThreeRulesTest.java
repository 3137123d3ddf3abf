package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 43: names after self-introductions of German, French, Dutch, Spanish, Italian, Portuguese and Polish; capitalised
 * function words, question words, weekdays and months of those languages opening a sentence are no name. Made-up values
 * other than the probe's; look-alikes stay unflagged; linear time on the new checks with inputs growing ×16.
 */
class RoundFortyThreeRulesTest {

    @Test
    void namesAfterForeignSelfIntroductions() {
        covered("Hallo, hier schreibt Waltraud Kessler wegen der Rechnung.", "PERSON", "Waltraud Kessler");
        covered("Mein Name ist Gernot Habicht und ich habe eine Frage.", "PERSON", "Gernot Habicht");
        covered("Bonjour, je m'appelle Apolline Marchetti, ma box ne marche pas.", "PERSON", "Apolline Marchetti");
        covered("Bonsoir, ici Gaspard Lemercier, client depuis 2019.", "PERSON", "Gaspard Lemercier");
        covered("Goedemiddag, u spreekt met Wietske Dijkhuis van de administratie.", "PERSON", "Wietske Dijkhuis");
        covered("Hola, me llamo Remedios Alcántara y tengo un problema.", "PERSON", "Remedios Alcántara");
        covered("Buongiorno, mi chiamo Ottavio Brambilla.", "PERSON", "Ottavio Brambilla");
        covered("Dzień dobry, nazywam się Radosław Kwiatek i mam pytanie.", "PERSON", "Radosław Kwiatek");
        covered("Bom dia, Leonor Fagundes aqui, preciso de ajuda.", "PERSON", "Leonor Fagundes");
    }

    @Test
    void foreignIntroductionLookAlikes() {
        // a lower-case word, a common noun, a place, a weak lead-in inside a sentence, a form word after the lead-in
        assertNone("Hallo, hier ist Platz für zwei Koffer, danke.", "PERSON=Platz");
        assertNone("Ich bin seit gestern ohne Internet.", "PERSON");
        assertNone("We met Monday to discuss the invoice.", "PERSON=Monday");
        assertNone("Je suis content du service, merci.", "PERSON");
        assertNone("Hier ist Ihre Rechnung vom Mai.", "PERSON=Ihre");
        assertNone("Soy cliente desde hace años.", "PERSON");
    }

    @Test
    void foreignFunctionWordsOpeningASentenceAreNoName() {
        assertNone("Wann kommt die Lieferung endlich an?", "PERSON");
        assertNone("Freitag war niemand zu Hause.", "PERSON");
        assertNone("Pourquoi ma facture est-elle si élevée ?", "PERSON");
        assertNone("Kan ik mijn abonnement opzeggen?", "PERSON");
        assertNone("Quanto costa la spedizione in Sardegna?", "PERSON");
        assertNone("Dlaczego paczka jeszcze nie dotarła?", "PERSON");
        // look-alikes that stay names: a name after the opening word, the word inside a sentence as a surname
        covered("Sono Marco Bellandi, il titolare del contratto.", "PERSON", "Bellandi");
        covered("Ik ben Jorien Haverkamp.", "PERSON", "Haverkamp");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("hier schreibt Ab Cd ", "met Met met ", "ici ici Abe ", "Anna Berta aqui ", "aqui aqui ",
                "Wann. Freitag. ", "Kan ik? ", "me llamo me llamo Rosa ", "nazywam się Ola. ", "sou a Rita, ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 43 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
