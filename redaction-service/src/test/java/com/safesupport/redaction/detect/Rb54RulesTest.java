package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 54: a name in capitals signing after a closing ("Regards,\nMAREK DUDA"); a one-word name after a
 * self-introduction that goes on with "and" ("je suis Lefort et …"); the lower-case verb of a self-introduction
 * ("ik ben", "jestem") kept out of the name. Made-up texts; look-alikes stay as they were; linear time with inputs
 * growing ×16.
 */
class Rb54RulesTest {

    @Test
    void aNameInCapitalsAfterAClosing() {
        assertFound("The invoice is wrong again.\nKind regards,\nHALINA WRÓBEL", "PERSON=HALINA WRÓBEL");
        covered("Le colis est abîmé.\nCordialement,\nRENAUD", "PERSON", "RENAUD");
        covered("Bitte um Rückruf.\nMit freundlichen Grüßen\nSZABO KATALIN\nTel. 030 5550123", "PERSON", "SZABO KATALIN");
        covered("My router keeps rebooting. Thanks, GRETA", "PERSON", "GRETA");
    }

    @Test
    void capitalsAfterAClosingThatNameNobody() {
        assertNone("Your order has shipped.\nRegards,\nTHE TEAM", "PERSON");
        assertNone("The ticket is closed.\nKind regards,\nSALES", "PERSON");
        assertNone("Reset done.\nThanks,\nIT SUPPORT", "PERSON");
        assertNone("Reset done. Thanks, OK", "PERSON");
        assertNone("Best regards,\nACME LTD", "PERSON");
        assertNone("Cordialement,\nSERVICE CLIENT", "PERSON");
        // capitals that do not end their line are left to the model
        assertNone("Regards, GRETA WILL CALL YOU BACK", "PERSON=GRETA WILL");
    }

    @Test
    void aOneWordNameBeforeAndAfterASelfIntroduction() {
        covered("Bonjour, je suis Lefort et j'ai un problème avec la livraison.", "PERSON", "Lefort");
        covered("Hola, soy Villanueva y tengo una pregunta sobre la factura.", "PERSON", "Villanueva");
        assertNone("Bonjour, je suis Client et j'ai une question.", "PERSON");
        assertNone("Bonjour, je suis content et j'ai reçu le colis.", "PERSON");
    }

    @Test
    void theVerbOfASelfIntroductionIsNotTheName() {
        assertFound("Hallo, ik ben Femke Dijkstra en mijn pakket is zoek.", "PERSON=Femke Dijkstra");
        assertFound("Dzień dobry, jestem Kowalczyk i mam pytanie.", "PERSON=Kowalczyk");
        covered("Ahmed bin Rashid called yesterday.", "PERSON", "Ahmed bin Rashid");
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("Regards,\nHALINA WRÓBEL\n", "Thanks, GRETA ", "je suis Lefort et j'ai ", "ik ben Femke en ",
                "jestem Nowak i ", "REGARDS, ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 54 readings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
