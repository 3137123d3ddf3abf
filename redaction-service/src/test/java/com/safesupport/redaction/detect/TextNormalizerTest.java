package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The normaliser's shortcut for texts already in NFKC must give what the per-character path gives. */
class TextNormalizerTest {

    @Test
    void aTextAlreadyInNfkcMapsEveryCharacterToItself() {
        String s = "Zoë Müller-Łukasik wrote to José in Zürich, 北京 and Ελλάδα";
        Scan scan = TextNormalizer.normalize(s, "en");
        assertEquals(s, scan.text());
        for (int i = 0; i < s.length(); i++) {
            assertEquals(i, scan.originalStart(i));
            assertEquals(i + 1, scan.originalEnd(i + 1));
        }
    }

    @Test
    void textsThatNormalisingChangesStillGoCharacterByCharacter() {
        // A decomposed é (e + combining acute) is NFC-composed only when taken as a whole: per character it stays two.
        Scan decomposed = TextNormalizer.normalize("Jose\u0301", "en");
        assertEquals("Jose\u0301", decomposed.text());
        assertEquals(5, decomposed.originalEnd(5));
        Scan ligature = TextNormalizer.normalize("ﬁle for Zoë", "en");
        assertEquals("file for Zoë", ligature.text());
        assertEquals(0, ligature.originalStart(1));
        assertEquals(1, ligature.originalEnd(2));
        Scan hidden = TextNormalizer.normalize("Zoë 4\u200B1\u200B1\u200B1", "en");
        assertEquals("Zoë 4111", hidden.text());
        assertEquals(11, hidden.originalEnd(8));
        Scan dashes = TextNormalizer.normalize("Zoë 555\u2013123", "en");
        assertEquals("Zoë 555-123", dashes.text());
        Scan emoji = TextNormalizer.normalize("Zoë \uD83D\uDE00 ok", "en");
        assertEquals("Zoë \uD83D\uDE00 ok", emoji.text());
        assertEquals(6, emoji.originalEnd(5));
    }
}
