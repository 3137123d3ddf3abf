package com.safesupport.platform.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusal log's path: the routes' literal words stay, everything a caller put in their place is {id}. */
class LgRefusalLogTest {

    @Path("/v1/subjects/{subjectId}/consents")
    static class Consents {
        @GET
        @Path("/{purpose}/history")
        public String history() {
            return "";
        }
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>();
        RefusalLog.addWords(Consents.class, words);
        return words;
    }

    @Test
    void theRoutesWordsStayAndIdsAreMasked() {
        assertEquals(Set.of("v1", "subjects", "consents", "history"), words());
        assertEquals("/v1/subjects/{id}/consents/{id}/history",
                RefusalLog.masked("/v1/subjects/a11ce000-0000-4000-8000-000000000001/consents/ai-assistance/history", words()));
    }

    @Test
    void anEMailOrANameWhereAnIdBelongsIsMasked() {
        assertEquals("/v1/subjects/{id}/consents", RefusalLog.masked("/v1/subjects/ada.lovelace@example.org/consents", words()));
        assertEquals("/{id}/{id}", RefusalLog.masked("/Ada-Lovelace/lovelace", words()));
    }

    @Test
    void aLookAlikeOfARouteWordIsMaskedToo() {
        // Only an exact word stays: a route word with a name appended, or in another case, is a caller's value.
        assertEquals("/v1/{id}/{id}/{id}", RefusalLog.masked("/v1/subjects.ada/Consents/consentsAda", words()));
        assertEquals("/", RefusalLog.masked("/", words()));
        assertEquals("/v1//subjects/", RefusalLog.masked("/v1//subjects/", words()));
    }

    @Test
    void maskingCostsLinearTime() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Set<String> words = words();
        String unit = "/v1/ada@example.org/subjects/x";
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        int[] sizes = {2_000, 32_000};
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 2; i++) {
                String path = unit.repeat(sizes[i]);
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int k = 0; k < 5; k++) {
                    RefusalLog.masked(path, words);
                }
                best[i] = Math.min(best[i], cpu.getCurrentThreadCpuTime() - t0);
            }
        }
        double ratio = (double) best[1] / (16.0 * Math.max(1, best[0]));
        assertTrue(ratio < 4, "masking 16 times the path costs " + ratio + " times more than linear");
    }
}
