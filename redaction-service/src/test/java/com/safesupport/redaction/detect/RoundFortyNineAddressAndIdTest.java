package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 49: a Philippine subdivision address's "Blk … Lot …" opening ({@link AddressRecognizer#blockLotBefore}), and a
 * South African identity number after the bare word "ID". Made-up values (the ID's date, citizenship digit and Luhn
 * check computed for this test); look-alikes stay as they were; linear time with inputs growing ×16.
 */
class RoundFortyNineAddressAndIdTest {

    @Test
    void aBlockAndLotOpenTheAddress() {
        covered("Kindly deliver to Blk 4 Lot 21, Mabini St., Brgy. Malanday, Marikina City 1805 tomorrow", "STREET_ADDRESS",
                "Blk 4 Lot 21, Mabini St.");
        covered("Address: Block 12A Lot 3, Rizal Avenue, Brgy. Poblacion, Tanauan City 4232", "STREET_ADDRESS", "Block 12A Lot 3");
    }

    @Test
    void aLotWithoutItsBlockStaysOutside() {
        List<String> f = AnalyzerTest.found("I left the car in parking lot 12, Mabini St., Brgy. Malanday, Marikina City 1805");
        assertFalse(f.stream().anyMatch(x -> x.contains("parking lot")), () -> "no parking lot in " + f);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("STREET_ADDRESS=lot")), () -> "no lot alone in " + f);
    }

    @Test
    void aSouthAfricanIdAfterTheWordId() {
        assertFound("Please put the lease under ID 7508135123086, thanks", "ZA_ID=7508135123086");
        // look-alikes: the Luhn digit off by one, a run of another length after "ID"
        assertFalse(AnalyzerTest.found("Please put the lease under ID 7508135123087, thanks").stream().anyMatch(x -> x.startsWith("ZA_ID")));
        assertFalse(AnalyzerTest.found("Ticket ID 75081351230861 is still open").stream().anyMatch(x -> x.startsWith("ZA_ID")));
    }

    @Test
    void theNewReadingsStayLinear() {
        for (String unit : List.of("Blk 4 Lot 21, Mabini St., Marikina City 1805\n", "Blk Blk Lot Lot 4 Lot ", "lot lot 12, Rizal Avenue ",
                "ID 7508135123086 ", "ID ID ID 75081 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 49 readings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
