package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 29: addresses of shipping labels from other countries — the Japanese block written with "chome" and a label in
 * capitals with its city on the next line, the Australian "Unit 12/40-44 …" with a range of house numbers, the Brazilian
 * "…, 315 - apto 704 - …" with its unit between dashes, the Canadian "#1207 - 845 …" unit before the number and rural
 * routes, the Korean road-name address; German phones with the area code set off by " / ", the old Mexican mobile "1"
 * after "+52"; a Danish CPR number beating the phone reading of its span when "CPR" stands near. Made-up values other
 * than the probe's; look-alikes stay unreported; linear time on the new checks.
 */
class ShippingLabelsAndPhoneGroupsTest {

    private static List<String> of(String type, String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith(type + "=")).toList();
    }

    private static void covered(String text, String value) {
        List<String> all = AnalyzerTest.found(text);
        assertTrue(all.stream().anyMatch(f -> f.startsWith("STREET_ADDRESS=") && f.contains(value)), () -> value + " in " + all);
    }

    @Test
    void japaneseBlocksWithChomeAndLabelsInCapitals() {
        covered("Send to 2-chome-7-15 Tenjin, Chuo-ku, Fukuoka 810-0001 please", "2-chome-7-15 Tenjin, Chuo-ku, Fukuoka 810-0001");
        covered("Deliver: 3-chōme-2 Nishiki, Naka-ku, Nagoya 460-0003", "3-chōme-2 Nishiki, Naka-ku, Nagoya 460-0003");
        covered("DELIVER TO:\nAIKO MORI\n4-2-9 SAKAE, NAKA-KU\nNAGOYA 460-0008 JAPAN", "4-2-9 SAKAE, NAKA-KU\nNAGOYA 460-0008");
    }

    @Test
    void japaneseLookAlikesStayUnreported() {
        // no postal code closes the line: a block number alone, a version, a section heading in capitals
        assertEquals(List.of(), of("STREET_ADDRESS", "Send to 2-chome-7-15 Tenjin, Chuo-ku, Fukuoka please"));
        assertEquals(List.of(), of("STREET_ADDRESS", "see section 3-14-2 OVERVIEW, SCOPE\nTOTAL 150 ITEMS"));
        assertEquals(List.of(), of("STREET_ADDRESS", "build 1-chome-x failed"));
    }

    @Test
    void australianUnitsBeforeARangeOfHouseNumbers() {
        covered("Deliver to Unit 12/40-44 Wattle Avenue, Glebe NSW 2037 thanks", "Unit 12/40-44 Wattle Avenue");
        covered("Apt 3/9-11 Banksia Road, Mosman NSW 2088", "Apt 3/9-11 Banksia Road");
        // no unit word before the slash: a score or a page, not a unit's number
        assertTrue(of("STREET_ADDRESS", "rated 4/16-18 Example Street").stream().noneMatch(f -> f.contains("7/")));
    }

    @Test
    void brazilianUnitsBetweenDashes() {
        covered("Rua das Laranjeiras, 315 - apto 704 - Laranjeiras, Rio de Janeiro - RJ, 22240-003",
                "Rua das Laranjeiras, 315 - apto 704 - Laranjeiras, Rio de Janeiro - RJ, 22240-003");
        covered("Av. Sete de Setembro, 1200 - sala 3 - Centro, Salvador - BA", "Av. Sete de Setembro, 1200 - sala 3 - Centro, Salvador - BA");
        // no state and no CEP: nothing closes the line
        assertTrue(of("STREET_ADDRESS", "Av. Brasil, 200 - apto 5 is what I asked for").stream().noneMatch(f -> f.contains("apto")));
    }

    @Test
    void canadianUnitsBeforeTheNumberAndRuralRoutes() {
        covered("Ship-to: #1207 - 845 Burrard St, Vancouver BC V6Z 2K6", "#1207 - 845 Burrard St");
        covered("R.R. 3, Site 12, Comp 4, Salmon Arm BC V1E 4M2", "R.R. 3, Site 12, Comp 4, Salmon Arm BC V1E 4M2");
        covered("mail goes to RR 1, Box 7, Tweed ON K0K 3J0", "RR 1, Box 7, Tweed ON K0K 3J0");
        // a '#' glued to a word is an order number's; a rural route without its postal line is a rating or a round
        assertTrue(of("STREET_ADDRESS", "order#1207 - 845 Burrard St, Vancouver BC V6Z 2K6").stream().noneMatch(f -> f.contains("#")));
        assertEquals(List.of(), of("STREET_ADDRESS", "RR 6, Site 9 is down again"));
        assertEquals(List.of(), of("STREET_ADDRESS", "RR 4 intervals at 120 bpm"));
    }

    @Test
    void koreanRoadNameAddresses() {
        covered("my address is 88 Jong-ro, Jongno-gu, Seoul 03157", "88 Jong-ro, Jongno-gu, Seoul 03157");
        covered("Haeundae-ro 570, Haeundae-gu, Busan 48094", "Haeundae-ro 570, Haeundae-gu, Busan 48094");
        covered("office at 21 Banpo-daero, Seocho-gu, Seoul", "21 Banpo-daero, Seocho-gu, Seoul");
        // no district after the road: a word with "-ro" in it, a number
        assertEquals(List.of(), of("STREET_ADDRESS", "the Euro-ro 5 adapter, page 2"));
        assertEquals(List.of(), of("STREET_ADDRESS", "12 Metro-ro, then Seoul"));
    }

    @Test
    void germanAreaCodesSetOffBySlash() {
        assertEquals(List.of("PHONE_NUMBER=0621 / 398 40 51"), of("PHONE_NUMBER", "Tel.: 0621 / 398 40 51"));
        assertEquals(List.of("PHONE_NUMBER=089 / 2180 7734"), of("PHONE_NUMBER", "Fax 089 / 2180 7734 (Zentrale)"));
        // not an area code before the slash: years, a fraction
        assertEquals(List.of(), of("PHONE_NUMBER", "the 2023 / 2024 season"));
        assertEquals(List.of(), of("PHONE_NUMBER", "voted 1/2 / 3 times"));
    }

    @Test
    void mexicanMobilesWithTheOldOne() {
        assertEquals(List.of("PHONE_NUMBER=+52 1 81 2345 6789"), of("PHONE_NUMBER", "whatsapp +52 1 81 2345 6789"));
        assertEquals(List.of("PHONE_NUMBER=+52 1 998 123 4567"), of("PHONE_NUMBER", "cel. +52 1 998 123 4567"));
        // invalid without the 1 too; the 1 of another country is not removed
        assertEquals(List.of(), of("PHONE_NUMBER", "ref +52 1 12 3456 7890"));
        assertEquals(List.of(), of("PHONE_NUMBER", "ref +44 1 81 2345 6789"));
    }

    @Test
    void aCprNumberWithItsWordBeatsThePhoneReading() {
        Analyzer service = Analyzer.builtIn(List.of("en"), Arrays.asList(PhoneRecognizer.DEFAULT_REGIONS.split(",")), List.of());
        String text = "Vesterbrogade 12, 1620 København V (CPR 230791-4127)";
        List<String> found = service.analyze(text, Analyzer.Options.defaults("en", 0.4)).stream()
                .map(f -> f.type() + "=" + text.substring(f.start(), f.end())).toList();
        assertTrue(found.contains("DK_CPR=230791-4127"), found::toString);
        // without the word the phone reading (if any) stays, and no DK_CPR is reported
        String bare = "ref 230791-4127 shipped";
        List<String> plain = service.analyze(bare, Analyzer.Options.defaults("en", 0.4)).stream()
                .map(f -> f.type() + "=" + bare.substring(f.start(), f.end())).toList();
        assertTrue(plain.stream().noneMatch(f -> f.startsWith("DK_CPR")), plain::toString);
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("3-chome-2-", "2-chome-7-15 A, B-ku\n", "Unit 12/40-44 ", "7/1/2-3 ", ", 315 - apto 704 - ", " - apto 1 - B",
                "#1207 - 845 ", "# 1 - 2 ", "RR 6, Site 9, ", "RR 1, Box 7, Comp 3, ", "88 Jong-ro, ", "A-ro, B-gu, ", "-ro-gil-daero ",
                "0621 / 398 / ", "0 / 0 / ", "+52 1 81 ", "CPR 230791-4127 ")) {
            CpuLinearity.assertAnalyzerLinear("round 29 labels, units, rural routes, Korean roads, phones", unit);
        }
        assertTrue(true);
    }
}
