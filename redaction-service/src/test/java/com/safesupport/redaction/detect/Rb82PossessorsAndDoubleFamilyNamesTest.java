package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 82: two positions where a capitalised word is a person whatever the model made of it — the owner glued to "'s"
 * before a thing of a person's own ("Leontyne's laptop"), and a given name right before a double-barrelled family name
 * ("Séverine Marchetti-Dubois"). Made-up texts; linear time with inputs growing ×16.
 */
class Rb82PossessorsAndDoubleFamilyNamesTest {

    @Test
    void theOwnerOfAPersonsThingIsAPerson() {
        covered("The backup only fails on Leontyne's laptop, not on mine.", "PERSON", "Leontyne");
        covered("const apiKey = 'not-a-real-value'; // Ambrose's test key, rotate it later", "PERSON", "Ambrose");
        covered("Please whitelist the new range for Yevgenia\u2019s team before Friday.", "PERSON", "Yevgenia");
    }

    @Test
    void idiomsPlacesAndDaysOwnNoThing() {
        List<String> law = found("Murphy's law again: the update broke the printer.");
        assertFalse(law.contains("PERSON=Murphy's"), () -> law.toString());
        List<String> place = found("The Berlin's team said the order left the warehouse.");
        assertFalse(place.contains("PERSON=Berlin"), () -> place.toString());
        List<String> day = found("Friday's request was closed without an answer.");
        assertFalse(day.contains("PERSON=Friday"), () -> day.toString());
        List<String> word = found("The Apple's account page keeps loading forever.");
        assertFalse(word.contains("PERSON=Apple"), () -> word.toString());
    }

    @Test
    void aGivenNameBeforeADoubleBarrelledFamilyNameIsOnePerson() {
        covered("Bonjour, je suis Séverine Marchetti-Dubois et ma facture est fausse.", "PERSON", "Séverine Marchetti-Dubois");
        covered("My husband Oskvald Lindqvarn-Bergstet cannot log in since Tuesday.", "PERSON", "Oskvald Lindqvarn-Bergstet");
        covered("Goedemiddag, naam Joostiaan de Haanveld-Vermeerk, mijn pas is kwijt.", "PERSON", "Joostiaan de Haanveld-Vermeerk");
    }

    @Test
    void commonWordsAndDoubleGivenNamesStayOut() {
        List<String> f = found("Please Read-Only mode is on for the Wi-Fi Set-Up page.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON=")), () -> f.toString());
        // a hyphenated word before another capitalised word is a double given name: the word before it does not join
        List<String> g = found("Hyvää päivää. Terveiset Aino-Kaisa Mäkelväinen, puh. pian");
        assertFalse(g.contains("PERSON=Terveiset Aino-Kaisa"), () -> g.toString());
    }

    @Test
    void oddUnicodeAndHugeInputs() {
        covered("the sync stops on Zoë\u2019s laptop every night", "PERSON", "Zoë");
        // invisible and combining characters, an emoji: the readings do not fail and no name takes the emoji
        List<String> odd = found("Séverine\u00a0Marchetti-Dubois\u200b's\u200blaptop \uD83D\uDE00 Ab\u0301-C\u0327d");
        assertTrue(odd.stream().noneMatch(x -> x.contains("\uD83D\uDE00")), () -> odd.toString());
        String huge = "Séverine Marchetti-Dubois, Leontyne's laptop, Ab's ab's key - ".repeat(3_000);
        List<String> all = found(huge);
        assertTrue(all.stream().filter(x -> x.equals("PERSON=Leontyne")).count() >= 1_000, () -> "found " + all.size());
    }

    @Test
    void theReadingsStayLinear() {
        for (String unit : List.of("this only happens on Leontyne's laptop, ", "Leontyne's Leontyne's Leontyne's test ",
                "Séverine Marchetti-Dubois ", "Séverine de de Marchetti-Dubois-Marchetti ", "Ab's ab's key - Ab-Cd ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 82 possessors and double family names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio,
                    unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
