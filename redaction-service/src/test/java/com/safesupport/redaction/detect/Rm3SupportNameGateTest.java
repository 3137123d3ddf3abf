package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round rm3: two name models, one gate ({@link SupportNameGate}). The shipped model's labels never change; a person run
 * only the support model gives is taken in an English sentence of capitalised words that are no common English word,
 * never in another language or script, never over or beside a run of the shipped model; since round rm4 only in a person
 * context ({@link PersonContext}: the positive texts here give one). Made-up texts and names.
 */
class Rm3SupportNameGateTest {

    /**
     * The labels after the merge, for shipped labels {@code shipped} and a support model that tags the words
     * {@code words} (one run, in order) as a person.
     */
    private static int[] merged(String text, int[] shipped, String... words) {
        Scan scan = TextNormalizer.normalize(text, "en").withPack(BuiltInData.ENGLISH);
        NameModel.Sentence sentence = BuiltInData.ENGLISH_NAMES.sentence(scan, scan.tokens());
        int n = sentence.size();
        int[] labels = shipped == null ? new int[n] : shipped.clone();
        assertEquals(n, labels.length, "one label a token");
        int[] extra = new int[n];
        float[] confidence = new float[n];
        int first = -1;
        for (int t = 0; t < n && first < 0; t++) {
            if (scan.text().substring(sentence.token(t).start(), sentence.token(t).end()).equals(words[0])) {
                first = t;
            }
        }
        assertTrue(first >= 0, words[0] + " in " + text);
        for (int w = 0; w < words.length; w++) {
            Tokens.Token t = sentence.token(first + w);
            assertEquals(words[w], scan.text().substring(t.start(), t.end()));
            extra[first + w] = w == 0 ? 1 : 2;
            confidence[first + w] = 0.9f;
        }
        SupportNameGate.merge(scan, sentence, labels, new float[n], new NameModel.Tagging(extra, confidence),
                BuiltInData.ENGLISH_NAMES.lexicon());
        return labels;
    }

    private static boolean taken(String text, String... words) {
        int[] labels = merged(text, null, words);
        return Arrays.stream(labels).anyMatch(l -> l != 0);
    }

    @Test
    void aSupportOnlyPersonRunInAnEnglishSentenceIsTaken() {
        assertTrue(taken("hi, please pass this to my colleague Marta Zorvanek at the front desk", "Marta", "Zorvanek"));
        assertTrue(taken("The parcel was signed for by my neighbour Marta yesterday", "Marta"));
        // a form line without a function word of its own, in an English text
        assertTrue(taken("Thanks for the call, here are my details.\nName: Marta Zorvanek", "Marta", "Zorvanek"));
        // a particle inside the run is the name's
        assertTrue(taken("please update the account of my wife Marta van Zorvanek today", "Marta", "van", "Zorvanek"));
        int[] labels = merged("hi, please pass this to my colleague Marta Zorvanek at the front desk", null, "Marta", "Zorvanek");
        assertEquals(List.of(1, 2), List.of(labels[7], labels[8]), "B then I: " + Arrays.toString(labels));
    }

    @Test
    void otherLanguagesAndScriptsAreNotRead() {
        assertTrue(!taken("Merci de vérifier la facture Zorvanek", "Zorvanek"), "French, no name the lists know");
        assertTrue(!taken("Hier ist Ihre Rechnung vom Mai, Zorvanek", "Zorvanek"), "German");
        assertTrue(!taken("Fijne Dag Marta", "Fijne", "Dag"), "Dutch greeting");
        assertTrue(!taken("Заказ для Marta не пришёл, please check", "Marta"), "another script in the sentence");
        assertTrue(!taken("ยังไม่ได้รับ Marta the order", "Marta"), "Thai in the sentence");
        assertTrue(!taken("Cordialement,\nLe Service Client", "Le"), "a particle alone");
        // a name the lists know, in a Latin sentence of another language, is taken
        assertTrue(taken("Dzień dobry, nazywam się Marta Zorvanek i proszę o zwrot.", "Marta", "Zorvanek"));
    }

    @Test
    void commonWordsLowerCaseCapitalsAndEnglishFunctionWordsAreNotNames() {
        assertTrue(!taken("Hi, Hope This Helps", "Hope", "This", "Helps"));
        assertTrue(!taken("the refund date is tbd for you", "tbd"));
        assertTrue(!taken("bruh the card failed again", "bruh"));
        assertTrue(!taken("please send the EIN with the form", "EIN"));
        assertTrue(taken("please send it to my colleague MARTA ZORVANEK today", "MARTA", "ZORVANEK"), "two words in capitals may be a name");
        assertTrue(!taken("please call Account Services for me", "Account", "Services"));
        assertTrue(!taken("the prices rose again this week", "rose"));
        assertTrue(!taken("we need a Follow-Up Call-Back for this order", "Follow-Up", "Call-Back"));
        assertTrue(!taken("ask Marta-kun about it", "Marta-kun"));
        assertTrue(!taken("Thanks, Amex Zorvanek", "Amex", "Zorvanek"), "a card brand");
        assertTrue(!taken("the parcel for Marta Zorvanek Ltd is late", "Marta", "Zorvanek"), "a company word after the run");
    }

    @Test
    void firmsTablesAndLongerCapitalisedStretchesAreLeftToTheShippedModel() {
        assertTrue(!taken("The refund from Marta & Zorvanek Ltd never arrived.", "Marta"));
        assertTrue(!taken("The refund from Marta & Zorvanek Ltd never arrived.", "Marta", "Zorvanek"), "a run across the ampersand");
        assertTrue(!taken("Ref;Customer;Total\n4410;Marta Zorvanek;49.00", "Marta", "Zorvanek"));
        assertTrue(!taken("Thanks for the update. Qwelt Marta Zorvanek", "Marta", "Zorvanek"));
        assertTrue(!taken("SHIP TO:\nMARTA ZORVANEK\n2-5-1 AKASAKA", "MARTA", "ZORVANEK", "AKASAKA"), "a run across lines");
        assertTrue(taken("the card holder=ZORVANEK/MARTA ANNE was declined", "ZORVANEK", "MARTA", "ANNE"), "a holder's slash");
        assertTrue(!taken("please check the order for Marta/Zorvanek today", "Marta", "Zorvanek"), "a slash between capitalised words");
    }

    @Test
    void roundRm4ARunWithoutAPersonContextIsNotTaken() {
        assertTrue(!taken("hi, please pass this to Marta Zorvanek at the front desk", "Marta", "Zorvanek"), "no person context");
        assertTrue(!taken("watching Marta Zorvanek tonight with the family", "Marta", "Zorvanek"));
        // beside a person of the shipped model, after a conjunction
        String text = "Could you ask Qorvina and Zorvanek to sign the form";
        Scan scan = TextNormalizer.normalize(text, "en").withPack(BuiltInData.ENGLISH);
        int[] shipped = new int[scan.tokens().size()];
        shipped[3] = 1; // "Qorvina"
        int[] labels = merged(text, shipped, "Zorvanek");
        assertEquals(1, labels[5], Arrays.toString(labels));
        assertTrue(!taken("Could you ask the shop and Zorvanek to sign the form", "Zorvanek"), "no person before the conjunction");
    }

    @Test
    void theShippedModelsLabelsNeverChange() {
        String text = "hi, this is Zorvanek Tiberu from the shop in Lyon";
        Scan scan = TextNormalizer.normalize(text, "en").withPack(BuiltInData.ENGLISH);
        int n = scan.tokens().size();
        // the shipped model read "Zorvanek" as a person and "Lyon" as a place: the support run over them adds nothing
        int[] shipped = new int[n];
        shipped[3] = 1;
        shipped[n - 1] = 3;
        assertArrayEquals(shipped, merged(text, shipped, "Zorvanek", "Tiberu"), "over a shipped run");
        assertArrayEquals(shipped, merged(text, shipped, "Lyon"), "a place stays a place");
        int[] beside = new int[n];
        beside[3] = 1;
        assertArrayEquals(beside, merged(text, beside, "Tiberu"), "right after a shipped run");
    }

    @Test
    void sentencesSplitAtSentenceStartsAndLines() {
        Scan scan = TextNormalizer.normalize("Thanks for that. Merci beaucoup\nKontakt: Qwelindra", "en").withPack(BuiltInData.ENGLISH);
        NameModel.Sentence sentence = BuiltInData.ENGLISH_NAMES.sentence(scan, scan.tokens());
        SupportNameGate.Sentences s = SupportNameGate.sentences(scan, sentence);
        assertEquals(3, s.english().length, Arrays.toString(s.id()));
        assertEquals(List.of(3, 0, 0), List.of(s.english()[0], s.english()[1], s.english()[2]));
        assertEquals(1, s.foreign()[1]);
        assertTrue(s.english(0) && !s.english(1) && !s.english(2), "the text holds a foreign word: a bare line is not English");
    }

    @Test
    void theGateAndTheSecondModelStayLinear() {
        for (String unit : List.of("hi this is Marta Zorvanek, my card failed. ", "Merci Marta\n", "Hope This Helps Zx ",
                "Name: Marta Zorvanek\n", "Заказ Marta ", "Marta Zorvanek Qwelindra Oskavel ", "Marta & Zorvanek; ", "maria lindqvist ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round rm3 support gate 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
