package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word and lexicon dropout in training (round 23w): a hidden word loses only its word features, a hidden lexicon value
 * reads as a word no gazetteer knows, and training with dropout is still reproducible from its seeds.
 */
class NameModelDropoutTest {

    private static final NameModel MODEL = BuiltInData.ENGLISH_NAMES;

    private static NameModel.Sentence sentence(String text) {
        Scan scan = TextNormalizer.normalize(text, "en").withPack(BuiltInData.ENGLISH);
        return MODEL.sentence(scan, scan.tokens());
    }

    private static int[] features(NameModel.Sentence s, int i, boolean hideWord, boolean hideLexicon) {
        int[] out = new int[NameModel.MAX_FEATURES];
        int count = s.features(i, 1, 0, out, hideWord, hideLexicon);
        int[] sorted = Arrays.copyOf(out, count);
        Arrays.sort(sorted);
        return sorted;
    }

    @Test
    void aHiddenWordLosesItsTwoWordFeaturesAndNothingElse() {
        NameModel.Sentence s = sentence("thanks Anna Weber for the help");
        int[] plain = features(s, 1, false, false);
        int[] hidden = features(s, 1, true, false);
        assertEquals(plain.length - 2, hidden.length);
        for (int f : hidden) {
            assertTrue(Arrays.binarySearch(plain, f) >= 0, "a hidden word's features are a subset of its plain features");
        }
        assertArrayEquals(plain, features(s, 1, false, false), "without dropout the features do not change");
    }

    @Test
    void aHiddenLexiconValueReadsAsAWordNoGazetteerKnows() {
        NameModel.Sentence s = sentence("thanks Anna and Qzxwvk");
        assertTrue(s.firstNameEvidence(1) > 0, "Anna is a known given name");
        assertFalse(Arrays.equals(features(s, 1, false, false), features(s, 1, false, true)));
        assertEquals(0, s.nameEvidence(3));
        assertEquals(0, s.placeEvidence(3));
        assertArrayEquals(features(s, 3, false, false), features(s, 3, false, true), "an unknown word has nothing to hide");
    }

    @Test
    void trainingWithDropoutIsReproducibleAndDiffersFromTrainingWithout() {
        List<NameModelTrainer.Example> examples = List.of(
                new NameModelTrainer.Example("thanks Anna Weber for the help", List.of(new NameModelTrainer.Gold("PERSON", 7, 17))),
                new NameModelTrainer.Example("Tomasz Kowalczyk moved to Gdansk", List.of(
                        new NameModelTrainer.Gold("PERSON", 0, 16), new NameModelTrainer.Gold("LOCATION", 26, 32))),
                new NameModelTrainer.Example("the card was declined twice", List.of()));
        float[] once = new NameModelTrainer(0.5f, 0.5f).train(examples, 3);
        float[] again = new NameModelTrainer(0.5f, 0.5f).train(examples, 3);
        float[] without = new NameModelTrainer(0f, 0f).train(examples, 3);
        assertArrayEquals(once, again, 0f);
        assertNotEquals(Arrays.hashCode(once), Arrays.hashCode(without));
    }
}
