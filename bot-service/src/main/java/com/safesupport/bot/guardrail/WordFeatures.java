package com.safesupport.bot.guardrail;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a message as a sparse vector for the learned guardrails: word unigrams and bigrams of the lower-cased
 * text, each hashed into one of {@code buckets} slots (the "hashing trick": no vocabulary to ship), present or
 * absent, scaled to unit length like the sentence embedding. The sentence embedding sees the meaning; these see the
 * words themselves, which an averaged English embedding blurs: a swear word, a German instruction, "prompt".
 * Deterministic on every JVM (a fixed FNV-1a hash of the UTF-16 characters). At most {@value #MAX_WORDS} words are
 * read, so a long message costs no more than a short one.
 */
public record WordFeatures(int[] indices, float value) {

    public static final int MAX_WORDS = 300;

    public static final WordFeatures EMPTY = new WordFeatures(new int[0], 0f);

    /** The distinct hashed slots of the text's unigrams and bigrams, sorted, each with the value 1/sqrt(count). */
    public static WordFeatures of(String text, int buckets) {
        if (buckets <= 0) {
            return EMPTY;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int[] slots = new int[2 * MAX_WORDS];
        int n = 0;
        int words = 0;
        int previous = 0;
        boolean havePrevious = false;
        int i = 0;
        int length = t.length();
        while (i < length && words < MAX_WORDS) {
            while (i < length && !isWordChar(t.charAt(i))) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int h = 0x811c9dc5;
            while (i < length && isWordChar(t.charAt(i))) {
                h = (h ^ t.charAt(i)) * 0x01000193;
                i++;
            }
            words++;
            slots[n++] = Math.floorMod(h, buckets);
            if (havePrevious) {
                slots[n++] = Math.floorMod((previous * 0x01000193) ^ (h * 31 + 0x5bd1e995), buckets);
            }
            previous = h;
            havePrevious = true;
        }
        if (n == 0) {
            return EMPTY;
        }
        int[] sorted = Arrays.copyOf(slots, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        return new WordFeatures(Arrays.copyOf(sorted, distinct), (float) (1 / Math.sqrt(distinct)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
