package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 88 (rb88, {@link ForeignWordPersons}): ordinary words of another language are no persons — stop words of the
 * text's language (Lucene's sets) opening a sentence or written in lower case, a run led by a possessive or pronoun, a
 * German noun by its ending after an article. Made-up texts, none from the probe batches. Every removal below was a
 * person finding before the round; the names that look like such words stay; linear time with inputs growing ×16.
 */
class Rb88ForeignWordsTest {

    @Test
    void aStopWordOpeningASentenceOfItsLanguageIsNoPerson() {
        // before: PERSON=Le, PERSON=Bună
        assertNoPerson("Le colis 6A55667788 est bloqué au centre de tri de Rennes depuis le 4 décembre.", "Le");
        assertNoPerson("Bună ziua, sunt Elena Dumitru, numărul meu este 0722 123 456.", "Bună");
        assertFound("Bună ziua, sunt Elena Dumitru, numărul meu este 0722 123 456.", "PERSON=Elena Dumitru");
    }

    @Test
    void aLowerCaseStopWordInATextThatCapitalisesNamesIsNoPerson() {
        // before: PERSON=mia, PERSON=hier, PERSON=saya
        assertNoPerson("Buongiorno, la mia password è Tulipano!77 e non funziona più. Marco Bellini", "mia");
        assertNoPerson("Hallo, hier Jan Smit, mijn nummer is 06 1122 3344 en ik wil mijn abonnement opzeggen.", "hier");
        assertFound("Hallo, hier Jan Smit, mijn nummer is 06 1122 3344 en ik wil mijn abonnement opzeggen.",
                "PERSON=Jan Smit");
        assertNoPerson("Hai, saya Siti Aminah, nombor telefon saya 012-345 6789. Barang yang sampai bukan yang saya pesan.",
                "saya");
    }

    @Test
    void aRunLedByAPossessiveOrPronounIsNoPerson() {
        // before: PERSON=Sie den Eingang, PERSON=Meine Sozialversicherungsnummer, PERSON=Mit CPR-nummer,
        // PERSON=Vi prego di accreditare
        assertNoPerson("Ich kündige meinen Vertrag zum 30.06.2027, bitte bestätigen Sie den Eingang.", "Eingang");
        assertNoPerson("Grüß Gott, Paul Becker hier. Meine Sozialversicherungsnummer ist 1234 010180, Telefon 0664 123 4567.",
                "Sozialversicherungsnummer");
        assertNoPerson("Hej! Mit CPR-nummer er 010190-1234, og jeg hedder Mette Holm. Jeg vil gerne opsige mit abonnement "
                + "fra marts.", "CPR");
        assertNoPerson("Vi prego di accreditare il rimborso su IT60 X054 2811 1010 0000 0123 456, intestato a Sara Conti.",
                "prego");
        assertFound("Vi prego di accreditare il rimborso su IT60 X054 2811 1010 0000 0123 456, intestato a Sara Conti.",
                "PERSON=Sara Conti");
    }

    @Test
    void aGermanNounAfterItsArticleIsNoPerson() {
        // before: PERSON=Erstattung
        String text = "Guten Tag, bitte überweisen Sie die Erstattung auf mein Konto DE12 3456 7890 1234 5678 90. "
                + "Viele Grüße, Sabine Kraus";
        assertNoPerson(text, "Erstattung");
        assertFound(text, "PERSON=Sabine Kraus");
    }

    @Test
    void namesThatLookLikeSuchWordsStay() {
        // a common given name that is a stop word ("Mia", "Ole", "Ben"), a Vietnamese family name "Le", a greeting that
        // is a name, "Mann" and "Hartung" as family names, a surname after "Sie", a signature
        assertFound("Buongiorno, Mia ha chiamato ieri per il rimborso della fattura, è mia figlia.", "PERSON=Mia");
        assertFound("Ole ringer i morgen om kortet, han er min mann og har ikke fått det.", "PERSON=Ole");
        assertFound("Ik ben Ben de Vries, mijn nummer is 06 1234 5678 en het pakket is niet gekomen.",
                "PERSON=Ben de Vries");
        assertFound("Vielen Dank für die schnelle Hilfe mit der Rechnung und dem Vertrag.\nBen", "PERSON=Ben");
        assertFound("Le Van Thanh a appelé hier pour le colis, il est chez moi.", "PERSON=Le Van Thanh");
        assertFound("Bonjour, je suis Le Thi Hoa, et le colis est chez moi depuis lundi. Le Thi Hoa", "PERSON=Le Thi Hoa");
        assertFound("Salam, je suis Salam Haddad et mon colis est perdu depuis lundi.", "PERSON=Salam Haddad");
        assertFound("Das Konto läuft über Herrn Mann, bitte die Rechnung an ihn schicken.", "PERSON=Herrn Mann");
        assertFound("Hallo, hier ist Hartung, ich habe die Rechnung nicht bekommen und bitte um Rückruf.", "PERSON=Hartung");
        assertFound("Sie Müller hat angerufen, die Rechnung ist nicht bei ihr angekommen, bitte um Rückruf.",
                "PERSON=Sie Müller");
        assertFound("Bonjour, Rosa Dupont ici, mon colis n'est pas arrivé et je suis chez moi.", "PERSON=Rosa Dupont");
        assertFound("Grace hat gestern angerufen, sie ist die Kontoinhaberin und bittet um die Rechnung.", "PERSON=Grace");
        assertFound("Hola, Ella Martínez al habla, mi número es 612 345 678 y quiero la factura.", "PERSON=Ella Martínez");
        // a lower-case text that does not capitalise names keeps its lower-case reading
        assertFound("ik ben ben, mijn BSN is 123456782 en het pakket is niet gekomen", "PERSON=ben ben");
    }

    @Test
    void englishTextsAreUntouched() {
        assertFound("Hi, this is Ben. My order 44812 never arrived, please call me.", "PERSON=Ben");
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("Le colis est bloqué. ", "Mijn nieuwe nummer is hier. ", "bitte die Erstattung auf ",
                "Sie den Eingang und die mia saya ", "De De De De De De ", "die Rechnung die Zahlung die Lieferung ",
                "Meine Steuer-ID Mit CPR-nummer Vi prego di ", "ik ben de la mia Giulia ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 88 foreign words 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            // x16 input must cost less than x40 time: the ratio is per unit of input
            assertTrue(ratio * 16 < 40, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    private static void assertNoPerson(String text, String part) {
        List<String> f = AnalyzerTest.found(text);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("PERSON") && x.contains(part)), () -> part + " must stay out: " + f);
    }
}
