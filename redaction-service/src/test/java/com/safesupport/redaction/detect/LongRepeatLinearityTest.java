package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ×16 checks of the round tests cannot see a quadratic step with a small constant: round 39's comma-name check
 * looked for a hyphen from its token to the end of the text, so "sou a Rita, " repeated cost 1.0, 2.2 and 4.3 times
 * more per character at ×4, ×16 and ×32 (bound 6 at ×16 passed). At ×128 (2 kB against 256 kB) such a step gives ~17;
 * a linear engine stays near 1.
 */
class LongRepeatLinearityTest {

    @Test
    void commaSeparatedNamesStayLinearAtAQuarterMegabyte() {
        for (String unit : List.of("sou a Rita, ", "Smith, Anna, ", "Kowalski, Jan-Ola ", "Tran, Minh Duc, ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 128, AnalyzerTest::found);
            System.out.printf("256 kB / (128 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 8, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }

    /**
     * Branch lq: the IP placeholder check ("0.0.0.0" is no one's address, "0.0.0.0/0" a route) looked for a '/' from
     * the candidate's end back to the start of the text, once per IP candidate: "1.1.1.1 " repeated cost 20, "::1 " 22
     * and "1.1.1.1:80 " 7 times more CPU per character at 256 kB than at 2 kB. A sweep of ~180 other hostile units
     * (lead-ins, labels, lists, digits, addresses, e-mail shapes, runs of one character) found no other step.
     */
    @Test
    void ipAddressesStayLinearAtAQuarterMegabyte() {
        for (String unit : List.of("1.1.1.1 ", "::1 ", "1.1.1.1:80 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 128, AnalyzerTest::found);
            System.out.printf("256 kB / (128 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 8, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
