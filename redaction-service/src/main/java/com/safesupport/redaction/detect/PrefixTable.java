package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of trigger strings split by their first two characters, so that a scanner compares a position of a
 * text only with the triggers that can start there, in their given order: the first of them that matches is the first
 * of the whole list that matches (a trigger can only match where its own first two characters stand). Scanners that
 * walked a long trigger list at every word starting with a common letter ("is", "the", "to", "please") end at one
 * table read instead. Triggers must be ASCII in their first two characters.
 */
final class PrefixTable {

    private static final int[] NONE = {};

    /** By first character (ASCII), then by second: the indices of the triggers starting with the pair, in order. */
    private final int[][][] byPair = new int[128][][];

    PrefixTable(List<String> triggers) {
        List<List<Integer>> lists = new ArrayList<>();
        int[][] slot = new int[128][128];
        for (int[] row : slot) {
            java.util.Arrays.fill(row, -1);
        }
        for (int k = 0; k < triggers.size(); k++) {
            String t = triggers.get(k);
            if (t.length() < 2 || t.charAt(0) >= 128 || t.charAt(1) >= 128) {
                throw new IllegalArgumentException("a trigger needs two ASCII characters first: " + t);
            }
            char a = t.charAt(0);
            char b = t.charAt(1);
            if (slot[a][b] < 0) {
                slot[a][b] = lists.size();
                lists.add(new ArrayList<>());
            }
            lists.get(slot[a][b]).add(k);
        }
        for (int a = 0; a < 128; a++) {
            for (int b = 0; b < 128; b++) {
                if (slot[a][b] >= 0) {
                    if (byPair[a] == null) {
                        byPair[a] = new int[128][];
                        java.util.Arrays.fill(byPair[a], NONE);
                    }
                    byPair[a][b] = lists.get(slot[a][b]).stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }
    }

    /**
     * The indices (into the constructor's list, ascending) of the triggers whose first two characters are those of
     * {@code s} at {@code i}; empty when none, also at the text's last character.
     */
    int[] at(String s, int i) {
        if (i + 1 >= s.length()) {
            return NONE;
        }
        char a = s.charAt(i);
        int[][] row = a < 128 ? byPair[a] : null;
        if (row == null) {
            return NONE; // most characters start no trigger: the second is not read
        }
        char b = s.charAt(i + 1);
        return b < 128 ? row[b] : NONE;
    }
}
