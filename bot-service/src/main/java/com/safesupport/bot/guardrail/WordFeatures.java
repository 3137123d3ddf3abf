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
        return of(text, buckets, false);
    }

    /**
     * The same, and with {@code chars} also each word's character 4-grams (the word padded with a space on each side)
     * in the same slots: they see inflections and compounds ("ignoriere", "Anweisungen", "instructions:") that whole
     * words miss, which matters for German and for spelling tricks.
     */
    public static WordFeatures of(String text, int buckets, boolean chars) {
        if (buckets <= 0) {
            return EMPTY;
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // A word of k characters has k - 1 four-grams: all of them together are fewer than the text's characters.
        int[] slots = new int[chars ? 2 * MAX_WORDS + t.length() : 2 * MAX_WORDS];
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
            int start = i;
            while (i < length && isWordChar(t.charAt(i))) {
                h = (h ^ t.charAt(i)) * 0x01000193;
                i++;
            }
            if (chars) {
                n = charGrams(t, start, i, buckets, slots, n);
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

    /** The 4-grams of {@code t[start, end)} padded with a space each side; a word of one or two letters adds none. */
    private static int charGrams(String t, int start, int end, int buckets, int[] slots, int n) {
        int padded = end - start + 2;
        for (int g = 0; g + 4 <= padded && n < slots.length; g++) {
            int h = 0x9747b28c;
            for (int k = g; k < g + 4; k++) {
                char c = k == 0 || k == padded - 1 ? ' ' : t.charAt(start + k - 1);
                h = (h ^ c) * 0x01000193;
            }
            slots[n++] = Math.floorMod(h, buckets);
        }
        return n;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
