package com.safesupport.bot.guardrail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hashed words the learned guardrails read besides the embedding: deterministic, bounded, unit length. */
class WordFeaturesTest {

    @Test
    void theSameWordsGiveTheSameSlotsWhateverTheCaseAndSpacing() {
        WordFeatures a = WordFeatures.of("Ignore the  previous instructions!", 1024);
        WordFeatures b = WordFeatures.of("ignore the previous INSTRUCTIONS", 1024);
        assertArrayEquals(a.indices(), b.indices());
        // four words and three pairs, at most seven distinct slots, each inside the table
        assertTrue(a.indices().length <= 7 && a.indices().length >= 6);
        for (int slot : a.indices()) {
            assertTrue(slot >= 0 && slot < 1024);
        }
        assertEquals(1.0, a.indices().length * a.value() * a.value(), 1e-6, "unit length");
    }

    @Test
    void wordOrderMattersThroughThePairs() {
        WordFeatures a = WordFeatures.of("card blocked", 1 << 20);
        WordFeatures b = WordFeatures.of("blocked card", 1 << 20);
        assertEquals(3, a.indices().length);
        assertTrue(!java.util.Arrays.equals(a.indices(), b.indices()));
    }

    @Test
    void aHugeOrEmptyMessageStaysBounded() {
        assertEquals(0, WordFeatures.of("  ?!  ", 1024).indices().length);
        assertEquals(0, WordFeatures.of("anything", 0).indices().length);
        String huge = "word ".repeat(200_000) + "tail";
        WordFeatures f = WordFeatures.of(huge, 1024);
        assertTrue(f.indices().length <= 2 * WordFeatures.MAX_WORDS);
        assertArrayEquals(f.indices(), WordFeatures.of("word ".repeat(WordFeatures.MAX_WORDS), 1024).indices(),
                "only the first MAX_WORDS words are read");
    }
}
