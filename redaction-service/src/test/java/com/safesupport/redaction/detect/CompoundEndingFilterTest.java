package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The street recogniser asks its list of street endings ("…vägen", "…strasse") and street words only when the
 * word's last two characters allow it ({@code AddressRecognizer.mayEndCompound}). The filter may say yes wrongly, never
 * no wrongly: random words glued from pieces of the listed endings, capitals and non-ASCII letters ('İ', 'Σ', 'ä', 'ß')
 * are checked against the lists themselves.
 */
class CompoundEndingFilterTest {

    private static final String[] PIECES = {"vägen", "VÄGEN", "strasse", "STRASSE", "straße", "gatan", "gatvė", "allé", "ALLÉ",
            "sokağı", "tér", "út", "ÚT", "tie", "TIE", "katu", "str", "u", "weg", "Weg", "hof", "ring", "İ", "Σ", "ς", "σ", "ä", "ß",
            "ı", "I", "a", "e", "n", "t", "r", "g", "-", "'", "x", "Haupt", "Ham", "mar", "Karl"};

    @Test
    void theFilterNeverRejectsAListedWord() {
        Random random = new Random(11);
        int listed = 0;
        int rejected = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String word = b.toString();
            // Also inside a text, so the offsets are read, not the whole string.
            String text = "x " + word + " 12";
            boolean mayBe = AddressRecognizer.mayEndCompound(text, 2, 2 + word.length());
            boolean is = AddressRecognizer.compoundOrStreetWord(word);
            assertTrue(mayBe || !is, word);
            listed += is ? 1 : 0;
            rejected += mayBe ? 0 : 1;
        }
        // Both answers occur often enough for the comparison to mean something.
        assertTrue(listed > 10_000, "listed " + listed);
        assertTrue(rejected > 10_000, "rejected " + rejected);
    }
}
