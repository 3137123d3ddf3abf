package com.safesupport.redaction.detect;

import java.util.Map;

/**
 * A read-only map from strings to values that is queried with a region of a longer string, so a look-up allocates
 * nothing (no {@code substring}). Open addressing with linear probing over one flat {@code int[]}: each slot holds the
 * key's {@link String#hashCode()}, where its characters start in one shared {@code char[]}, its length and an int
 * value, side by side in one cache line; the characters are compared only when the hashes agree. The engine looks up
 * every word of every text in a 400,000-word lexicon or a word list: with {@code HashMap} each look-up cost a
 * substring and a chain of cache misses (table, node, key, key bytes, boxed value); here a word that is absent costs
 * one miss and a word that is present two. Thread-safe once built.
 */
final class RegionMap<V> {

    private static final int STRIDE = 4;

    /** Per slot: hash, offset of the key in {@link #chars}, key length + 1 (0 = empty slot), int value. */
    private final int[] slots;
    private final char[] chars;
    private final Object[] values;
    private final int mask;
    private final int maxKeyLength;
    /**
     * A 4,096-bit filter over (first character, second character, length) of the keys: a region whose bit is clear
     * is no key, answered without hashing its characters or reading the table (most words of a text are in no list).
     */
    private final long[] filter = new long[64];

    RegionMap(Map<String, V> source) {
        int capacity = Integer.highestOneBit(Math.max(4, source.size() * 2 - 1)) << 1;
        slots = new int[capacity * STRIDE];
        values = new Object[capacity];
        mask = capacity - 1;
        int total = 0;
        for (String k : source.keySet()) {
            total += k.length();
        }
        chars = new char[total];
        int used = 0;
        int longest = 0;
        for (Map.Entry<String, V> e : source.entrySet()) {
            String k = e.getKey();
            int h = k.hashCode();
            int slot = spread(h) & mask;
            while (slots[slot * STRIDE + 2] != 0) {
                slot = (slot + 1) & mask;
            }
            k.getChars(0, k.length(), chars, used);
            int base = slot * STRIDE;
            slots[base] = h;
            slots[base + 1] = used;
            slots[base + 2] = k.length() + 1;
            slots[base + 3] = e.getValue() instanceof Integer i ? i : 0;
            values[slot] = e.getValue();
            used += k.length();
            longest = Math.max(longest, k.length());
            int bit = filterBit(k, 0, k.length());
            filter[bit >>> 6] |= 1L << bit;
        }
        maxKeyLength = longest;
    }

    /** The polynomial hash of {@code s[from, to)}, equal to {@code s.substring(from, to).hashCode()}. */
    static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    V get(String s) {
        return get(s, 0, s.length());
    }

    V get(String s, int from, int to) {
        return to - from > maxKeyLength || !mayHold(s, from, to) ? null : get(s, from, to, hash(s, from, to));
    }

    /** False when no key has the first two characters and the length of {@code s[from, to)}. */
    private boolean mayHold(String s, int from, int to) {
        int bit = filterBit(s, from, to);
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    private static int filterBit(String s, int from, int to) {
        int len = to - from;
        int c0 = len > 0 ? s.charAt(from) : 0;
        int c1 = len > 1 ? s.charAt(from + 1) : 0;
        return ((c0 * 31 + c1) * 31 + len) * 0x9E3779B1 >>> 20;
    }

    /** The value of {@code s[from, to)} whose hash the caller already knows. */
    @SuppressWarnings("unchecked")
    V get(String s, int from, int to, int hash) {
        int slot = find(s, from, to, hash);
        return slot < 0 ? null : (V) values[slot];
    }

    /** The int value of {@code s[from, to)} (a map of Integers), or {@code absent}. */
    int getInt(String s, int from, int to, int hash, int absent) {
        int slot = find(s, from, to, hash);
        return slot < 0 ? absent : slots[slot * STRIDE + 3];
    }

    boolean contains(String s, int from, int to) {
        return get(s, from, to) != null;
    }

    private int find(String s, int from, int to, int hash) {
        int len = to - from;
        if (len > maxKeyLength) {
            return -1;
        }
        int[] table = slots;
        int slot = spread(hash) & mask;
        while (true) {
            int base = slot * STRIDE;
            int stored = table[base + 2];
            if (stored == 0) {
                return -1;
            }
            if (table[base] == hash && stored == len + 1 && sameChars(s, from, len, table[base + 1])) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean sameChars(String s, int from, int len, int offset) {
        char[] c = chars;
        for (int k = 0; k < len; k++) {
            if (c[offset + k] != s.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        h *= 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
