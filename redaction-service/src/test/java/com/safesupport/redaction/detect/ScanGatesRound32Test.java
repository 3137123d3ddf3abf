package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 32 (docs/redaction-benchmarks.md): {@link Chars#startsWith} in place of {@code String.startsWith} at the
 * scanners' hot word tests, and one-pass gates in front of the log recogniser's quote-header and particle-name scans.
 * Each must give exactly the old answer: the gates may only say "nothing here" when none of the old searched strings
 * occurs.
 */
class ScanGatesRound32Test {

    private static final List<String> QUOTE_WORDS = List.of("wrote", "schrieb", "schreef", "crit", "scritto", "escrib", "escreveu",
            "skrev", "napisa");
    private static final List<String> PARTICLES = List.of(" van der ", " van den ", " van de ", " von der ", " de la ", " de las ",
            " de los ", " van 't ", "Van der ", "Van den ", "Van de ", "Von der ", "De la ", "De las ", "De los ", " Mac Giolla ", " Nic Giolla ", " Mac ", " Nic ");

    /** The searched strings, their look-alikes (cut short, one letter off) and other text. */
    private static final String[] PIECES = {"wrote", "wrot", "wrte", "schrieb", "schrie", "schreef", "schref", "crit", "cri", "écrit",
            "scritto", "escrib", "escri", "escreveu", "skrev", "skre", "napisa", "napis", " van der ", "van ", "va n", "von ", "vo n",
            " de la ", "de l", "de ", "De l", "Van ", "Von ", "V", "v", "d", "D", "de", "van", " ", "\n", "é", "ü", "the ", "Ada",
            "1", ":", "\uFFFF", "'t "};

    @Test
    void startsWithAnswersAsStringStartsWithAtEveryPosition() {
        Random random = new Random(32);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            String s = randomText(random);
            String w = PIECES[random.nextInt(PIECES.length)];
            for (int i = -2; i <= s.length() + 2; i++) {
                boolean expected = s.startsWith(w, i);
                assertEquals(expected, Chars.startsWith(s, i, w), "'" + w + "' at " + i + " in '" + s + "'");
                matched += expected ? 1 : 0;
            }
        }
        assertTrue(matched > 2_000, "the random texts must hold the words often: " + matched);
        assertTrue(Chars.startsWith("abc", 3, ""));
        assertFalse(Chars.startsWith("abc", 4, ""));
    }

    @Test
    void theGatesCloseOnlyWhenNoneOfTheSearchedStringsOccurs() {
        Random random = new Random(33);
        int quoteOpen = 0;
        int particleOpen = 0;
        for (int n = 0; n < 50_000; n++) {
            String t = randomText(random);
            String l = t.toLowerCase(java.util.Locale.ROOT);
            boolean anyQuote = QUOTE_WORDS.stream().anyMatch(l::contains);
            boolean anyParticle = PARTICLES.stream().anyMatch(t::contains);
            if (!LogUserRecognizer.mayHoldQuoteVerb(l)) {
                assertFalse(anyQuote, t);
            } else {
                quoteOpen++;
            }
            if (!LogUserRecognizer.mayHoldParticlePair(t)) {
                assertFalse(anyParticle, t);
            } else {
                particleOpen++;
            }
            if (anyQuote) {
                assertTrue(LogUserRecognizer.mayHoldQuoteVerb(l), t);
            }
        }
        assertTrue(quoteOpen > 1_000 && quoteOpen < 49_000, "both answers of the quote gate: " + quoteOpen);
        assertTrue(particleOpen > 1_000 && particleOpen < 49_000, "both answers of the particle gate: " + particleOpen);
        // look-alikes one letter off stay closed
        assertFalse(LogUserRecognizer.mayHoldQuoteVerb("he wrte back, schrie nicht, skre"));
        assertFalse(LogUserRecognizer.mayHoldParticlePair("Caravans, va n Dell, de Lima, vanilla"));
        assertTrue(LogUserRecognizer.mayHoldParticlePair("Joost van der Broek"));
    }

    @Test
    void everyParticlePairTheScanLooksForOpensTheGate() {
        // The gate hard-codes what the lists hold; a pair added to a list without the gate would be skipped silently
        // (the merge of rounds 32's "Mac Giolla" pairs and this gate did exactly that).
        for (String[] pairs : new String[][] {LogUserRecognizer.PARTICLE_PAIRS, LogUserRecognizer.OPENING_PAIRS}) {
            for (String pair : pairs) {
                assertTrue(LogUserRecognizer.mayHoldParticlePair("Anna" + pair + "Xyz"), pair);
            }
        }
        assertFalse(LogUserRecognizer.mayHoldParticlePair("a Macbook and a Nicety, MacX"));
    }

    @Test
    void theGatesAndTheScansBehindThemStayLinearOnTheirOwnBeginnings() {
        // Hostile: a text made only of the gates' beginnings, so that every position is compared and the scans run.
        CpuLinearity.assertAnalyzerLinear("quote-verb and particle beginnings",
                "wrot schri skre escre napis cri van vo de l De la Van der X wrote: ");
        double ratio = CpuLinearity.ratioOfRepeated("wrot schri van de vo de escre ", s -> {
            LogUserRecognizer.mayHoldQuoteVerb(s);
            LogUserRecognizer.mayHoldParticlePair(s);
        });
        assertTrue(ratio < 8, "must stay linear, ratio " + ratio);
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
