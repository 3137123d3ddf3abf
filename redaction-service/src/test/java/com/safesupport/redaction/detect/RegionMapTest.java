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

    @Test
    void anEmptyMapFindsNothing() {
        RegionMap<String> map = new RegionMap<>(Map.of());
        assertNull(map.get("anything"));
    }
}
