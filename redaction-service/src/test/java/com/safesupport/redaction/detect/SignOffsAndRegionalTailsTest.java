package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 21: lower-case names that close a message after a sign-off, the rest of an address line in the forms of many
 * countries (Indonesian, Romanian, Italian, Mexican, Turkish, Japanese), a Dutch postcode on the next line, "n." and
 * "n.º" before a house number, the Polish "al." and "os.", IBANs and cards split by underscores or slashes — each with
 * made-up values other than the probe's — the look-alikes that stay no finding, and linear time on the new paths.
 */
class SignOffsAndRegionalTailsTest {

    private static List<String> addresses(String text) {
        return AddressShapesTest.found(text);
    }

    private static List<String> people(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("PERSON=")).toList();
    }

    @Test
    void aLowerCaseNameClosingTheMessageAfterASignOff() {
        assertEquals(List.of("PERSON=tuyaara"), people("ok it works now, thanks, tuyaara"));
        assertEquals(List.of("PERSON=oyelaran"), people("thank you so much - oyelaran :)"));
        assertEquals(List.of("PERSON=bekzod"), people("really appreciate it, bekzod"));
        assertEquals(List.of("PERSON=nuno ferreirinha"), people("got the card, thx 🙏 nuno ferreirinha"));
        assertEquals(List.of("PERSON=zhanar"), people("cheers\nzhanar"));
    }

    @Test
    void chatWordsAndEnglishWordsAfterASignOffNameNobody() {
        assertEquals(List.of(), people("thanks, bruh"));
        assertEquals(List.of(), people("thanks, everyone"));
        assertEquals(List.of(), people("cheers, mate!"));
        assertEquals(List.of(), people("thank you so much, pls"));
        // the name must end the message, and a mark must stand between the sign-off and it
        assertEquals(List.of(), people("thanks, tuyaara sent it 3 times"));
        assertEquals(List.of(), people("thanks. again the app fails"));
    }

    @Test
    void aMailHeaderInCapitalsIntroducesTheSender() {
        assertEquals(List.of("PERSON=OKSANA MELNYK"), people("FROM: OKSANA MELNYK\nSUBJECT: CARD BLOCKED"));
        assertEquals(List.of(), people("FROM: BILLING TEAM\nSUBJECT: INVOICE"));
        assertEquals(List.of(), people("from: the bank, twice"));
        // only a header opening its line
        assertEquals(List.of(), people("I got a letter FROM: DVLA OFFICE"));
    }

    @Test
    void theRestOfAnAddressLineIsReadWhenAPostalCodeClosesIt() {
        assertEquals(List.of("STREET_ADDRESS=Jl. Pemuda No. 17, Semarang 50132"), addresses("Jl. Pemuda No. 17, Semarang 50132"));
        assertEquals(List.of("STREET_ADDRESS=Jl. Asia Afrika No. 8, Bandung, Jawa Barat 40111"),
                addresses("kirim ke Jl. Asia Afrika No. 8, Bandung, Jawa Barat 40111 ya"));
        assertFound("Str. Republicii nr. 9, bl. C2, sc. B, et. 3, ap. 12, Brașov 500030",
                "STREET_ADDRESS=Str. Republicii nr. 9, bl. C2, sc. B, et. 3, ap. 12, Brașov 500030");
        assertFound("Via Nazionale 88, int. 7, 00184 Roma (RM)", "STREET_ADDRESS=Via Nazionale 88, int. 7, 00184 Roma (RM)");
        assertFound("Avenida Reforma 222, Col. Juárez, 06600 Ciudad de México",
                "STREET_ADDRESS=Avenida Reforma 222, Col. Juárez, 06600 Ciudad de México");
        assertFound("Calle de Atocha n.º 12, bajo, 28012 Madrid", "STREET_ADDRESS=Calle de Atocha n.º 12, bajo, 28012 Madrid");
        assertFound("Via Cavour n. 31, 50129 Firenze", "STREET_ADDRESS=Via Cavour n. 31, 50129 Firenze");
        assertFound("al. Niepodległości 18 lok. 5, 02-653 Warszawa", "STREET_ADDRESS=al. Niepodległości 18 lok. 5, 02-653 Warszawa");
        assertFound("os. Kalinowe 4 m. 12, 31-812 Kraków", "STREET_ADDRESS=os. Kalinowe 4 m. 12, 31-812 Kraków");
    }

    @Test
    void withoutAPostalCodeTheRestStaysOut() {
        List<String> f = addresses("Jl. Pemuda No. 17, Semarang, near the mall");
        assertTrue(f.stream().noneMatch(s -> s.contains("Semarang")), f.toString());
        f = addresses("Str. Republicii nr. 9, ap. 12, Brașov");
        assertTrue(f.stream().noneMatch(s -> s.contains("Brașov")), f.toString());
    }

    @Test
    void turkishStreetsWithTheirQuarterNumberAndFlat() {
        assertFound("İnönü Cad. No: 54 Daire: 9, 35220 Konak/İzmir", "STREET_ADDRESS=İnönü Cad. No: 54 Daire: 9, 35220 Konak/İzmir");
        assertFound("Bahçelievler Mah. Papatya Sok. No: 3/2, Keçiören, Ankara 06010",
                "STREET_ADDRESS=Bahçelievler Mah. Papatya Sok. No: 3/2, Keçiören, Ankara 06010");
        // without the number word and the number there is no address of this form
        assertEquals(List.of(), addresses("İnönü Cad. is closed for repairs, 3 buses diverted"));
    }

    @Test
    void japaneseBlockAddressesNeedTheirPostalCode() {
        assertFound("4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011", "STREET_ADDRESS=4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011");
        assertFound("send to 2-1 Ohtemachi, Naka-ku, Hiroshima 730-0011, Japan",
                "STREET_ADDRESS=2-1 Ohtemachi, Naka-ku, Hiroshima 730-0011");
        assertEquals(List.of(), addresses("rated 1-2-3 Stars, Tokyo office"));
        assertEquals(List.of(), addresses("2025-11-03 Tokyo 105 items"));
    }

    @Test
    void aDutchPostcodeOnTheLineAfterTheStreet() {
        assertFound("Herengracht 412\n1017 BX Amsterdam", "STREET_ADDRESS=Herengracht 412\n1017 BX Amsterdam");
        assertFound("Laan van Nieuw Oost-Indië 9-bis\r\n2593 BJ Den Haag", "STREET_ADDRESS=Laan van Nieuw Oost-Indië 9-bis\r\n2593 BJ Den Haag");
        // the postcode line must end with its city
        List<String> f = addresses("Herengracht 412\n1017 BX Amsterdam has 3 more");
        assertTrue(f.stream().noneMatch(s -> s.contains("1017")) || f.contains("STREET_ADDRESS=1017 BX Amsterdam"), f.toString());
    }

    @Test
    void ibansAndCardsSplitByUnderscoresOrSlashes() {
        assertFound("IBAN DE18_1203_0000_0012_3456_78", "IBAN_CODE=DE18_1203_0000_0012_3456_78");
        assertFound("AT48/3200/0000/1234/5864 please", "IBAN_CODE=AT48/3200/0000/1234/5864");
        assertFound("card 5123_4567_8901_2346", "CREDIT_CARD=5123_4567_8901_2346");
        // a wrong check digit or a mixed separator is no card
        assertEquals(List.of(), AnalyzerTest.found("card 5123_4567_8901_2347").stream().filter(s -> s.startsWith("CREDIT_CARD")).toList());
        assertEquals(List.of(), AnalyzerTest.found("ref 5123_4567-8901_2346").stream().filter(s -> s.startsWith("CREDIT_CARD")).toList());
    }

    @Test
    void theNewPathsStayLinearOnHostileInput() {
        assertLinear("Jl. Ab No. 5, bl. A3, sc. 2, ap. 9, Ab Cd, Ef de Gh, ");
        assertLinear("Via Ab 5, int. 5, 12345 Ab Cd (MI) Ef/Gh, ");
        assertLinear("Ab Cd Mah. Ef Sok. No: 3 Daire: 4, Ab, ");
        assertLinear("Ab Cad. Sok. Mah. Bulvarı No: ");
        assertLinear("1-2-3 Ab, Cd-ku, Ef Gh, 1-2 Ij, ");
        assertLinear("1-2 A 3-4 B 5-6 C ");
        assertLinear("Herengracht 41\n1017 BX Ab Cd\n");
        assertLinear("Calle Ab n.º 4, bajo, al. Cd 5 lok. 2, os. Ef n. ");
        assertLinear("DE18_1203_0000_0012_3456_7 5123_4567_8901_234/ ");
        assertLinear("thanks, abcdef ");
        assertLinear("thank you so much -! ");
        assertLinear("FROM: ABC DEF\n");
    }

    private static void assertLinear(String unit) {
        CpuLinearity.assertAnalyzerLinear("round 21 sign-offs and regional tails", unit);
    }
}
