package com.safesupport.redaction.detect;

import com.safesupport.redaction.eval.AdversarialCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MAC_ADDRESS ({@link NetworkRecognizers.Mac}): the three written forms of an EUI-48 address, and what is not one.
 * Every address here is made up.
 */
class MacAddressTest {

    private static List<String> of(String text, double threshold) {
        return NationalIdTest.of(text, "MAC_ADDRESS", threshold);
    }

    private static List<String> values(String text) {
        return NationalIdTest.values(text, "MAC_ADDRESS");
    }

    @Test
    void colonHyphenAndDottedFormsInAnyCase() {
        assertEquals(List.of("3c:5a:b4:07:e1:9d@0.6"), of("the laptop is 3c:5a:b4:07:e1:9d", 0));
        assertEquals(List.of("3C-5A-B4-07-E1-9D"), values("laptop 3C-5A-B4-07-E1-9D."));
        assertEquals(List.of("3c-5A-b4-07-E1-9d"), values("(3c-5A-b4-07-E1-9d)"));
        assertEquals(List.of("3c5a.b407.e19d@0.6"), of("switch port shows 3c5a.b407.e19d", 0));
        assertEquals(List.of("3C5A.B407.E19D"), values("3C5A.B407.E19D, then"));
        // Two in one text, of different forms; an address after its label's colon.
        assertEquals(List.of("3c:5a:b4:07:e1:9d", "a4-83-e7-12-0b-6f"), values("3c:5a:b4:07:e1:9d and a4-83-e7-12-0b-6f"));
        assertEquals(List.of("3c:5a:b4:07:e1:9d"), values("MAC:3c:5a:b4:07:e1:9d"));
    }

    @Test
    void itsWordsLiftTheScore() {
        assertEquals(List.of("3c:5a:b4:07:e1:9d@0.95"), of("my mac address is 3c:5a:b4:07:e1:9d", 0));
        // Dotted quartets of digits only or letters only: a build number or a word chain unless the text says MAC.
        assertEquals(List.of(), values("build 2024.1107.3312 is out"));
        assertEquals(List.of("2024.1107.3312@0.3"), of("build 2024.1107.3312 is out", 0));
        assertEquals(List.of("abcd.bead.cafe@0.3"), of("abcd.bead.cafe", 0));
        assertEquals(List.of("4821.0937.5516"), values("the hardware address is 4821.0937.5516"));
        assertEquals(List.of("aabb.ccdd.eeff"), values("physical address: aabb.ccdd.eeff"));
    }

    @Test
    void notAnAddress() {
        // Five or seven groups, mixed separators, a non-hex digit, three-digit groups.
        assertEquals(List.of(), of("3c:5a:b4:07:e1 and 3c:5a:b4:07:e1:9d:22 and 22:3c:5a:b4:07:e1:9d", 0));
        assertEquals(List.of(), of("3c:5a:b4-07-e1-9d and 3c-5a-b4-07-e1:9d", 0));
        assertEquals(List.of(), of("3c:5a:b4:07:e1:9g and 3c:5a:b4:07:e1:9 and 3c:5a:b4:07:e1:9dd", 0));
        assertEquals(List.of(), of("3c5:ab4:07e:19d:a48:3e7", 0));
        // Glued to letters, digits or a longer chain on either side.
        assertEquals(List.of(), of("x3c:5a:b4:07:e1:9d 13c:5a:b4:07:e1:9d 3c:5a:b4:07:e1:9dx 3c:5a:b4:07:e1:9d_1", 0));
        assertEquals(List.of(), of("ab.3c5a.b407.e19d 3c5a.b407.e19d.a483 3c5a.b407.e19d.com 3c5a.b407.e19", 0));
        assertEquals(List.of(), of("3c:5a:b4:07:e1:9d-ff and ff-3c-5a-b4-07-e1-9d", 0));
        // The broadcast and all-zero addresses are nobody's device.
        assertEquals(List.of(), of("mac FF:FF:FF:FF:FF:FF, ff-ff-ff-ff-ff-ff, ffff.ffff.ffff, 00:00:00:00:00:00, 0000.0000.0000", 0));
        // IPv6 and times keep their types.
        assertEquals(List.of("IP_ADDRESS=fe80::3c5a:b4ff:fe07:e19d"), AnalyzerTest.found("fe80::3c5a:b4ff:fe07:e19d"));
        assertEquals(List.of("12:30:45@0.35"), NationalIdTest.of("since 12:30:45", "DATE_TIME", 0)); // no word lifts a clock time since round 80
    }

    @Test
    void everyTypeAskedForGivesTheAddressItsWholeSpan() {
        assertEquals(List.of("MAC_ADDRESS=12-34-56-78-90-12"), AnalyzerTest.found("mac 12-34-56-78-90-12"));
        assertEquals(List.of("MAC_ADDRESS=12:30:45:67:89:ab"), AnalyzerTest.found("wifi 12:30:45:67:89:ab"));
    }

    @Test
    void hostileSeparatorRunsStayLinear() {
        // Hex groups and separators repeated: every separator looks like the start of an address, none is one.
        NetworkRecognizers.Mac mac = new NetworkRecognizers.Mac();
        List<String> units = List.of("3c:", "3c-", "3c5a.", "3c:5a:b4:07:e1:9d:", "3c-5a-b4-07-e1:", "3c5a.b407.");
        List<String> ratios = new ArrayList<>();
        for (String unit : units) {
            String small = AdversarialCorpus.build(unit, 2048);
            String large = AdversarialCorpus.build(unit, 65536);
            assertEquals(List.of(), scan(mac, large));
            double ratio = CpuLinearity.ratio(small, large, text -> scan(mac, text));
            ratios.add(String.format("%s %.2f", unit, ratio));
            assertTrue(ratio < 8, "MAC scanning must stay linear: " + unit + " ratio " + ratio);
        }
        System.out.println("MAC_ADDRESS 64 kB / (32 x 2 kB) time ratios: " + ratios);
    }

    private static List<Candidate> scan(NetworkRecognizers.Mac mac, String text) {
        List<Candidate> out = new ArrayList<>();
        mac.recognize(TextNormalizer.normalize(text, "en"), out);
        return out;
    }
}
