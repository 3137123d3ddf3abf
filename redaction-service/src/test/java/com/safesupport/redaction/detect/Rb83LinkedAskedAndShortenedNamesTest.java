package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 83: three positions where a name the model cut short is read whole — a Welsh "ap" or an Italian "Lo" between a
 * given and a family name both tagged as persons ("Owain ap Tudur"), a name given after its label asked as a question
 * ("Surname? Adewunmi-Coker."), and a given name written short with its dot before a person ("Ma. Teodora …"). Made-up
 * texts; linear time with inputs growing ×16; odd Unicode and a huge input.
 */
class Rb83LinkedAskedAndShortenedNamesTest {

    @Test
    void aNameAskedAsAQuestionIsAPerson() {
        covered("First name: Ifeoma. Surname? Adewunmi-Coker. Please put that on the new card.", "PERSON", "Adewunmi-Coker");
        covered("Given name: Tadhg. Last name? Ó Briosáin, with the fada on the O.", "PERSON", "Ó Briosáin");
        covered("ok so family name? Vandermolenaar. the rest is right", "PERSON", "Vandermolenaar");
    }

    @Test
    void ordinaryAnswersToANameQuestionStayOut() {
        for (String text : List.of("Surname? No idea, my dad changed it last year.",
                "What goes in the maiden name? Nothing, the form keeps failing on my phone.",
                "Full name? Thanks, I found the field myself.",
                "Surname? Whatever you like, the old one is fine.")) {
            List<String> f = found(text);
            assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON=")), () -> text + " " + f);
        }
    }

    @Test
    void aWelshOrItalianLinkJoinsTwoPersonRuns() {
        covered("My name is Rhodri ap Hywel and my card is blocked.", "PERSON", "Rhodri ap Hywel");
        covered("Thanks, Owain ap Tudur", "PERSON", "Owain ap Tudur");
        covered("Buonasera, sono Antonella Lo Sardo e la fattura di novembre è sbagliata.", "PERSON", "Antonella Lo Sardo");
    }

    @Test
    void theLinkWordsElsewhereJoinNothing() {
        List<String> es = found("Hola, soy Marta y lo siento, pero Lucía lo sabe mejor que yo.");
        assertFalse(es.stream().anyMatch(x -> x.startsWith("PERSON=") && x.contains(" lo ")), () -> es.toString());
        List<String> app = found("Download the Olwen ap from the store, then restart it.");
        assertFalse(app.contains("PERSON=Olwen ap from"), () -> app.toString());
    }

    @Test
    void aShortenedGivenNameBelongsToThePerson() {
        covered("Please call Ma. Teodora Bagasbas-Villanueva tomorrow, she handles our account now.", "PERSON",
                "Ma. Teodora Bagasbas-Villanueva");
        // no person after it, or a letter glued before it: nothing is widened
        List<String> mama = found("Grandma. Everything is fine, the parcel came.");
        assertFalse(mama.stream().anyMatch(x -> x.startsWith("PERSON=Ma.") || x.startsWith("PERSON=Grandma")), () -> mama.toString());
    }

    @Test
    void oddUnicodeAndHugeInputs() {
        // invisible and combining characters, an emoji, a line separator: the readings do not fail and no name takes the emoji
        List<String> odd = found("Surname?\u200b Ó\u0301 Bri\u0301osáin \uD83D\uDE00 Ma.\u00a0Teodora ap\u2028Gruffudd Lo \uD835\uDC00bc");
        assertTrue(odd.stream().noneMatch(x -> x.contains("\uD83D\uDE00")), () -> odd.toString());
        String huge = "First name: Ifeoma. Surname? Adewunmi-Coker; Ma. Teodora Bagasbas, Owain ap Tudur - ".repeat(2_500);
        List<String> all = found(huge);
        assertTrue(all.stream().filter(x -> x.equals("PERSON=Adewunmi-Coker")).count() >= 1_000, () -> "found " + all.size());
    }

    @Test
    void theReadingsStayLinear() {
        for (String unit : List.of("Surname? Ab Cd Ef Gh Ij? ", "last name?last name? Ó Ó-Ó Ó'Ó ", "Ma. Ma. Ma. Teodora Bagasbas ",
                "Owain ap Tudur ap Owain lo Lo Sardo ", "Surname?  Adewunmi-Coker, Ma. ap lo ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 83 linked, asked and shortened names 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio,
                    unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
