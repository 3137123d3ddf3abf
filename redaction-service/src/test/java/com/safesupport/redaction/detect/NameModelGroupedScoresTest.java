package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tagger's grouped scores (summed rows for the small-valued features) are exactly the scores of the plain feature
 * list, for every token and every pair of previous labels: same integer sums, so the same labels and confidences.
 */
class NameModelGroupedScoresTest {

    private static final NameModel MODEL = BuiltInData.ENGLISH_NAMES;

    static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "Hi, my name is Anna Weber and I live at 12 Baker Street, London.",
                "please call Mr. O'Brien on 020 7946 0958 before Tuesday",
                "New York and Buenos Aires are cities; the Germans, Catholics and Democrats met in Rio de Janeiro.",
                "J. R. R. Tolkien wrote to tolkien about TOLKIEN's book. Tanner met tanner.",
                "thanks anna!!\nKind regards,\nIngrid Solberg",
                "A", "", "   ", "x y z", "e.g. i.e. a.m. ATMs GBP EUR IDs",
                "Müller Łukasz Ærø İstanbul ﬁnance naïve café Ωmega",
                "ID: AB123456C, IBAN DE89 3704 0044 0532 0130 00, user@example.com, https://example.org/a?b=c",
                "supercalifragilisticexpialidocious Pneumonoultramicroscopicsilicovolcanoconiosis",
                "<PERSON_1> met <LOCATION_2> in Paris"));
        Random random = new Random(11);
        String[] words = {"Anna", "anna", "ANNA", "the", "New", "York", "Smith", "card", "Mary-Jane", "O'Neil", "x", "Q.", "42", "to",
                "Paris", "paris", "Jordan", "may", "May", ",", ".", "!", "\n", "—", "van", "der", "Berg", "my", "name", "is", "İ", "ß"};
        for (int t = 0; t < 300; t++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            texts.add(b.toString());
        }
        return texts;
    }

    @Test
    void groupedScoresEqualThePlainFeatureSums() {
        LanguagePack pack = BuiltInData.ENGLISH;
        int[] features = new int[NameModel.MAX_FEATURES];
        int[] sparse = new int[NameModel.MAX_FEATURES];
        float[] plain = new float[NameModel.LABEL_COUNT];
        float[] grouped = new float[NameModel.LABEL_COUNT];
        long compared = 0;
        for (String text : texts()) {
            Scan scan = TextNormalizer.normalize(text, "en").withPack(pack);
            NameModel.Sentence s = MODEL.sentence(scan, scan.tokens());
            for (int i = 0; i < s.size(); i++) {
                int token = i;
                for (int prev = 0; prev < NameModel.LABEL_COUNT; prev++) {
                    for (int prev2 = 0; prev2 < NameModel.LABEL_COUNT; prev2++) {
                        MODEL.scores(features, s.features(i, prev, prev2, features), plain);
                        MODEL.groupedScores(s, i, prev, prev2, sparse, s.sparseFeatures(i, prev, sparse), grouped);
                        assertArrayEquals(plain, grouped, 0f, () -> "token " + token + " of " + text);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }
}
