package com.safesupport.platform.problem;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A problem's instance is the path as a URI reference: markup a caller put in it never comes back as markup. */
class LgProblemInstanceTest {

    @Test
    void markupAndControlCharactersAreEncoded() {
        assertEquals("/chat/conversations/%3Cscript%3Ealert('lg')%3C/script%3E",
                ProblemMapper.encodedPath("/chat/conversations/<script>alert('lg')</script>"));
        assertEquals("/v1/x%22%0D%0A%C3%BC", ProblemMapper.encodedPath("/v1/x\"\r\nü"));
    }

    @Test
    void anOrdinaryOrAlreadyEncodedPathIsKeptAsIs() {
        assertEquals("/v1/subjects/a11ce000-0000-4000-8000-000000000001/consents/ai-assistance",
                ProblemMapper.encodedPath("/v1/subjects/a11ce000-0000-4000-8000-000000000001/consents/ai-assistance"));
        assertEquals("/v1/dsr/%3Cscript%3E/a@b.c;x=1", ProblemMapper.encodedPath("/v1/dsr/%3Cscript%3E/a@b.c;x=1"));
    }

    @Test
    void encodingCostsLinearTime() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String unit = "/<script>\u00fc/a-b";
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        int[] sizes = {2_000, 32_000};
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 2; i++) {
                String path = unit.repeat(sizes[i]);
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int k = 0; k < 5; k++) {
                    ProblemMapper.encodedPath(path);
                }
                best[i] = Math.min(best[i], cpu.getCurrentThreadCpuTime() - t0);
            }
        }
        double ratio = (double) best[1] / (16.0 * Math.max(1, best[0]));
        assertTrue(ratio < 4, "encoding 16 times the path costs " + ratio + " times more than linear");
    }
}
