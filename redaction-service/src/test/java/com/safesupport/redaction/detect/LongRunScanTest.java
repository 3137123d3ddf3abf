package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link CodeRecognizers#forEachLongRun} visits exactly the runs of {@link CodeRecognizers#forEachRun} that are long enough, in order. */
class LongRunScanTest {

    private static List<Integer> longRuns(String t, int min) {
        List<Integer> runs = new ArrayList<>();
        CodeRecognizers.forEachLongRun(t, CodeRecognizers.SecretShapes::keyChar, min, (s, e) -> {
            runs.add(s);
            runs.add(e);
        });
        return runs;
    }

    private static List<Integer> filteredRuns(String t, int min) {
        List<Integer> runs = new ArrayList<>();
        CodeRecognizers.forEachRun(t, CodeRecognizers.SecretShapes::keyChar, (s, e) -> {
            if (e - s >= min) {
                runs.add(s);
                runs.add(e);
            }
        });
        return runs;
    }

    @Test
    void visitsTheSameRunsAsTheFullScan() {
        Random random = new Random(9);
        String members = "aZ09_-+/=";
        String others = " .,:\n\u00e9@";
        int visited = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                int len = random.nextInt(random.nextBoolean() ? 6 : 45);
                for (int c = 0; c < len; c++) {
                    b.append(members.charAt(random.nextInt(members.length())));
                }
                int gap = random.nextInt(3);
                for (int c = 0; c < gap; c++) {
                    b.append(others.charAt(random.nextInt(others.length())));
                }
            }
            String t = b.toString();
            for (int min : new int[] {1, 2, 3, 7, 19, 20, 21, 40}) {
                List<Integer> expected = filteredRuns(t, min);
                visited += expected.size() / 2;
                assertEquals(expected, longRuns(t, min), () -> t + " min " + min);
            }
        }
        assertEquals(List.of(4, 28), longRuns("key ABCDEFGHIJKLMNOPQRSTUVWX end", 20));
        assertEquals(true, visited > 10_000, "runs visited " + visited);
    }
}
