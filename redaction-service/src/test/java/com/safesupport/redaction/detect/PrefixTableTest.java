package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 30 (docs/redaction-benchmarks.md): the trigger lists of the log-field and secret-keyword scanners split by their
 * first two characters. The table must offer, at every position, exactly the triggers that can start there and in
 * their order, so that the first match a scanner finds is the one a walk over the whole list finds.
 */
class PrefixTableTest {

    private static final List<String> TRIGGERS = List.of("username=", "user=", "us", "password for ", "pass code", "pa",
            "pin", "token", "to", "invalid user ", "ig is ");

    /** Triggers, their look-alikes (one letter changed or cut short) and other text. */
    private static final String[] PIECES = {"username=", "user=", "usr", "u", "password for ", "pass", "pa", "p", "pin",
            "pi", "token", "tok", "to", "t", "invalid user ", "invalid", "ig is ", "ig", "i", " ", "\n", "é", "ü", "Ü",
            "\u0130", "the ", "please ", "1", "=", "\uFFFF"};

    @Test
    void everyPositionIsOfferedExactlyTheTriggersStartingThereInOrder() {
        PrefixTable table = new PrefixTable(TRIGGERS);
        Random random = new Random(30);
        int offered = 0;
        int none = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            for (int i = 0; i <= s.length(); i++) {
                int[] at = table.at(s, i);
                List<Integer> expected = new ArrayList<>();
                for (int k = 0; k < TRIGGERS.size(); k++) {
                    String t = TRIGGERS.get(k);
                    if (i + 1 < s.length() && s.charAt(i) == t.charAt(0) && s.charAt(i + 1) == t.charAt(1)) {
                        expected.add(k);
                    }
                }
                int pos = i;
                assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), at, () -> "at " + pos + " in '" + s + "'");
                // the first trigger of the whole list that matches is the first offered one that matches
                assertEquals(firstMatch(s, i, TRIGGERS, null), firstMatch(s, i, TRIGGERS, at));
                if (at.length > 0) {
                    offered++;
                } else {
                    none++;
                }
            }
        }
        assertTrue(offered > 10_000 && none > 10_000, "both answers occur: " + offered + " / " + none);
    }

    @Test
    void lookAlikesAndTheLastCharacterAreOfferedNothing() {
        PrefixTable table = new PrefixTable(TRIGGERS);
        assertEquals(0, table.at("u", 0).length);
        assertEquals(0, table.at("the user", 0).length);
        assertEquals(0, table.at("up", 0).length);
        assertEquals(0, table.at("Us", 0).length); // the scanners read the lower-cased text
        assertEquals(0, table.at("ü", 0).length);
        assertEquals(0, table.at("aü", 0).length);
        assertEquals(0, table.at("user", 3).length);
        assertArrayEquals(new int[] {0, 1, 2}, table.at("x user", 2));
    }

    @Test
    void aTriggerNeedsTwoAsciiCharacters() {
        assertThrows(IllegalArgumentException.class, () -> new PrefixTable(List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> new PrefixTable(List.of("éa")));
    }

    @Test
    void theScannersStayLinearOnTextsMadeOfTriggerBeginnings() {
        LogUserRecognizer users = new LogUserRecognizer();
        CodeRecognizers.SecretAfterKeyword secrets = new CodeRecognizers.SecretAfterKeyword();
        String unit = "pa pas pass passw user us usern login lo invalid inv token to tok ";
        double ratio = CpuLinearity.ratioOfRepeated(unit, text -> {
            Scan scan = TextNormalizer.normalize(text, "en");
            List<Candidate> out = new ArrayList<>();
            users.recognize(scan, out);
            secrets.recognize(scan, out);
        });
        System.out.printf("trigger beginnings 64 kB / (32 x 2 kB) CPU time ratio %.2f%n", ratio);
        assertTrue(ratio < 8, "must stay linear, ratio " + ratio);
    }

    private static int firstMatch(String s, int i, List<String> triggers, int[] offered) {
        if (offered == null) {
            for (int k = 0; k < triggers.size(); k++) {
                if (s.startsWith(triggers.get(k), i)) {
                    return k;
                }
            }
            return -1;
        }
        for (int k : offered) {
            if (s.startsWith(triggers.get(k), i)) {
                return k;
            }
        }
        return -1;
    }
}
