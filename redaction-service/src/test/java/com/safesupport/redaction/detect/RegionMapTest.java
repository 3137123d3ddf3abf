package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionMapTest {

    @Test
    void looksUpRegionsOfALongerStringLikeAMapOfSubstrings() {
        Map<String, Integer> source = new HashMap<>();
        for (int k = 0; k < 5_000; k++) {
            source.put("w" + k, k);
        }
        source.put("straße", -7);
        RegionMap<Integer> map = new RegionMap<>(source);
        String text = "xx w42 w4999 w5000 straße w";
        assertEquals(42, map.get(text, 3, 6));
        assertEquals(42, map.getInt(text, 3, 6, RegionMap.hash(text, 3, 6), -1));
        assertEquals(4999, map.get(text, 7, 12));
        assertNull(map.get(text, 13, 18));
        assertEquals(-1, map.getInt(text, 13, 18, RegionMap.hash(text, 13, 18), -1));
        assertEquals(-7, map.get(text, 19, 25));
        assertNull(map.get(text, 26, 27));
        assertNull(map.get(text, 0, text.length()));
        assertTrue(map.contains(text, 3, 6));
        assertEquals(4, map.get(text, 3, 5));
        for (String key : source.keySet()) {
            assertEquals(key.hashCode(), RegionMap.hash(key, 0, key.length()));
            assertEquals(source.get(key), map.get(key));
        }
    }

    /**
     * The (first two characters, length) filter in front of the table answers no only for regions that are no key:
     * every region of random texts over a small alphabet (so many regions share a key's first characters and length)
     * gets the same answer as a map of substrings, including empty regions, one-character keys and the empty key.
     */
    @Test
    void theFilterInFrontOfTheTableChangesNoAnswer() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "abcé-' 1";
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> source = new HashMap<>();
            int keys = 1 + random.nextInt(round < 100 ? 40 : 2_000);
            for (int k = 0; k < keys; k++) {
                source.put(randomText(random, alphabet, random.nextInt(7)), k);
            }
            RegionMap<Integer> map = new RegionMap<>(source);
            String text = randomText(random, alphabet, 60);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= Math.min(text.length(), from + 8); to++) {
                    Integer expected = source.get(text.substring(from, to));
                    assertEquals(expected, map.get(text, from, to), () -> "region of " + text);
                    assertEquals(expected != null, map.contains(text, from, to));
                }
            }
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void anEmptyMapFindsNothing() {
        RegionMap<String> map = new RegionMap<>(Map.of());
        assertNull(map.get("anything"));
    }
}
