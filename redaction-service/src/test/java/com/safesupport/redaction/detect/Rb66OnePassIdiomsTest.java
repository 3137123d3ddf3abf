package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 66: the sayings check of round 65 ({@link NameIdioms}) is now one pass over the text (one look-up per word);
 * it must drop exactly what one {@code indexOf} pass per phrase dropped, overlapping phrases, curly and modifier-letter
 * apostrophes, no-break blanks and glued letters included. Seeded random texts made of the phrases and fillers.
 */
class Rb66OnePassIdiomsTest {

    @Test
    void theOnePassSayingsCheckDropsWhatAPerPhraseSearchDropped() {
        List<String> phrases = NameIdioms.phrases();
        String[] fillers = {" ", "  ", ", ", "'", "\u2019", "\u02bc", "\u00a0", "-", "x", "tom", "jan", "murphy's", "\n", ".", "7"};
        Random random = new Random(66);
        for (int n = 0; n < 4000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    String phrase = phrases.get(random.nextInt(phrases.size()));
                    text.append(random.nextInt(4) == 0 ? phrase.replace('\'', '\u2019').replace(' ', '\u00a0') : phrase);
                } else {
                    text.append(fillers[random.nextInt(fillers.length)]);
                }
            }
            String lower = text.toString();
            List<Candidate> candidates = new ArrayList<>();
            for (int s = 0; s < lower.length(); s++) {
                for (int e = s + 1; e <= Math.min(lower.length(), s + 12); e += 3) {
                    candidates.add(new Candidate("PERSON", s, e, 0.9, NameNeighbours.SOURCE, null));
                }
            }
            List<Candidate> expected = new ArrayList<>(candidates);
            dropByPerPhraseSearch(lower, phrases, expected);
            NameIdioms.dropInsideIdioms(lower, candidates);
            assertEquals(expected, candidates, () -> "differs on [" + lower + "]");
        }
    }

    /** Round 65's search, kept here as the reference: one {@code indexOf} pass per phrase over the normalised text. */
    private static void dropByPerPhraseSearch(String lower, List<String> phrases, List<Candidate> candidates) {
        char[] chars = lower.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c == '\u2019' || c == '\u2018' || c == '\u02bc' ? '\'' : Character.isWhitespace(c) || c == '\u00a0' ? ' ' : c;
        }
        String text = new String(chars);
        BitSet covered = new BitSet(text.length());
        for (String phrase : phrases) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    covered.set(at, end);
                }
            }
        }
        candidates.removeIf(c -> "PERSON".equals(c.type) && c.start < c.end && covered.nextClearBit(c.start) >= c.end);
    }
}
