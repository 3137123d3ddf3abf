package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 47: names after lead-ins of other languages ("lautend auf", "ten name van", a Dutch "hier" after a greeting),
 * Polish and Czech honorifics in lower case, plural given-name labels, a lower-case Vietnamese full name without
 * diacritics filling a chat line, and a district after a street. Made-up texts other than the probes'; look-alikes stay
 * as they were; linear time with inputs growing ×16.
 */
class RoundFortySevenRulesTest {

    @Test
    void namesAfterHolderPhrasesOfOtherLanguages() {
        // fires: nothing was found after these phrases before the rule
        covered("Überweisung bitte auf das Konto lautend auf Henrike Waldschmidt.", "PERSON", "Henrike Waldschmidt");
        covered("Het abonnement staat ten name van Geertje Oosterveld.", "PERSON", "Geertje Oosterveld");
        covered("A conta está em nome de Leonor Quaresma.", "PERSON", "Leonor Quaresma");
        // look-alikes: a currency, a capitalised request after the phrase names nobody
        assertNone("Die Rechnung lautend auf Euro ist falsch.", "PERSON");
        assertNone("Die Gutschrift lautend auf 49,90 EUR fehlt noch.", "PERSON");
    }

    @Test
    void dutchHierAfterAGreeting() {
        // fires: "hier" opening a self-introduction after a greeting
        covered("Goedemorgen, hier Wouter Dekkers, mijn router doet het niet.", "PERSON", "Wouter Dekkers");
        // look-alikes: "hier" in mid-sentence before a place, before a noun
        assertNotCovered("Ik woon hier Amsterdam niet meer.", "PERSON=Amsterdam");
        assertNone("Goedemorgen, hier Factuur 2024 in de bijlage.", "PERSON");
    }

    @Test
    void polishAndCzechHonorificsInLowerCase() {
        // fires: the name after "pani" / "pana" / "paní" mid-sentence
        covered("Numer klienta 5512, pani Bożenna Kwiatkowska-Lis, prosi o kontakt.", "PERSON", "Bożenna Kwiatkowska-Lis");
        covered("Proszę przekazać fakturę dla pana Ryszarda Gołębiowskiego.", "PERSON", "Ryszarda Gołębiowskiego");
        // look-alikes: "pani" before a lower-case word, the English "pan" before a capitalised word
        assertNone("Dziękuję pani bardzo za pomoc.", "PERSON");
        assertNone("Is the pan European roaming add-on still available?", "PERSON");
    }

    @Test
    void pluralGivenNameLabels() {
        // fires: the given names after the plural label
        covered("Surname: Demirtaş / Given names: Yasemin Ebru", "PERSON", "Yasemin Ebru");
        covered("FORENAMES: Tobiah Ellsworth", "PERSON", "Tobiah Ellsworth");
        // look-alikes: an instruction or a blank after the label
        assertNone("Given names: Please fill in as on the passport", "PERSON");
        assertNone("Given names: ____", "PERSON");
    }

    @Test
    void lowerCaseVietnameseNameFillingAChatLine() {
        // fires: the model read only the first syllable in a multi-line chat
        covered("[14:02] agent: could I have the full name?\n[14:03] client: pham duc thang\n[14:03] client: thanks",
                "PERSON", "pham duc thang");
        covered("name on the booking\nnguyen thi bich ngoc", "PERSON", "nguyen thi bich ngoc");
        // look-alikes: English words after a family-name-like opener, a name in mid-line
        assertNone("[14:02] agent: anything else?\n[14:03] client: do you know why\n[14:03] client: to be fair no", "PERSON");
        assertNone("[14:03] client: ha ha ha", "PERSON");
    }

    @Test
    void aDistrictJoinsTheStreetBeforeIt() {
        // fires: a district between the street and the city, and a district ending the address
        covered("Please post it to 27 Willow Road, Rathgar, Dublin 6.", "STREET_ADDRESS", "27 Willow Road, Rathgar");
        covered("The house is 4 Quarry Lane, Stillorgan, Co. Dublin", "STREET_ADDRESS", "4 Quarry Lane, Stillorgan");
        covered("The house is 4 Quarry Lane, Ballsbridge, near the shops", "STREET_ADDRESS", "4 Quarry Lane, Ballsbridge");
        covered("Deliver to 16 Victoria Road, Moseley, Birmingham", "STREET_ADDRESS", "16 Victoria Road, Moseley");
        // look-alikes: an English word, a given name, a weekday after the street's comma stays out
        assertNotCovered("Address is 7 High Street, Thanks for the help", ", Thanks");
        assertNotCovered("Reply to 12 Market Street, Sarah, can you check it", ", Sarah");
        assertNotCovered("We moved to 6 Queen Street, Tuesday, I think", ", Tuesday");
        // a capitalised word without a place ending and no city after it stays out too
        assertNotCovered("We moved to 6 Queen Street, Kowalski.", ", Kowalski");
    }

    @Test
    void theNewRulesStayLinear() {
        for (String unit : List.of("lautend auf Henrike ", "ten name van Anna ", "Hallo, hier Anna ", "pani Anna ", "pani pani ",
                "Given names: Anna ", "tran van hieu\n", "user: le minh tuan\n", "le le le ", "9 Clyde Lane, Ballsbridge, ",
                "9 Clyde Lane, Rathgar Rathgar, ", ", Ballsbridge ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 47 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static void assertNotCovered(String text, String word) {
        List<String> f = found(text);
        assertFalse(f.stream().anyMatch(x -> x.contains(word)), () -> word + " must stay out: " + f);
    }

    private static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }
}
