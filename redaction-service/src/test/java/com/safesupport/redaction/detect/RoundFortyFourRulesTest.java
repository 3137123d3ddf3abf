package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 44: names after attention words, full Vietnamese names, an unlabelled PESEL with a real birth date, lower-case
 * postcodes beside a postcode word, German streets of a preposition and a noun, Dutch and German adjectives opening a
 * street, a Canadian city before its province and postal code. Made-up values other than the probe's; look-alikes stay
 * as they were; linear time on the new checks with inputs growing ×16.
 */
class RoundFortyFourRulesTest {

    @Test
    void namesAfterAttentionWords() {
        covered("Please post the contract to our Pune office, attn. Meera Raghavan.", "PERSON", "Meera Raghavan");
        covered("Invoice address: Harbour Logistics Ltd, Attn: Tobias Lindqvist", "PERSON", "Tobias Lindqvist");
        covered("Bitte an die Zentrale, z. Hd. Marlene Kessler, senden.", "PERSON", "Marlene Kessler");
        covered("Envoyez le colis à l'attention de Mathilde Girardot, merci.", "PERSON", "Mathilde Girardot");
        // look-alikes: a department or team after the word, lower case after it, the word alone
        assertNone("Send it to the head office, Attn: Accounts Payable.", "PERSON");
        assertNone("Please mark it attn. billing team and post it.", "PERSON");
        assertNone("Attention: the branch closes early today.", "PERSON");
    }

    @Test
    void fullVietnameseNames() {
        covered("The booking is for Phạm Thu Trang and her son.", "PERSON", "Phạm Thu Trang");
        covered("Account holder: Nguyễn Văn Bình, please call back.", "PERSON", "Nguyễn Văn Bình");
        covered("Refund to Đặng Quốc Huy please.", "PERSON", "Đặng Quốc Huy");
        assertTrue(NameModelRecognizer.vietnameseLetter("ngọc", 0, 4));
        assertFalse(NameModelRecognizer.vietnameseLetter("chloé", 0, 5));
        // look-alikes: a family name of the list before a street or a place word with no Vietnamese letter; one word alone
        assertNone("The parcel went to Mai Tower Block instead of my flat.", "PERSON=Mai Tower");
        assertNone("We stayed at Cao Hotel last spring.", "PERSON=Cao Hotel");
        assertNone("Le Monde said the bank was closing branches.", "PERSON=Le Monde");
    }

    @Test
    void anUnlabelledPeselWithARealBirthDate() {
        // 1988-07-14 and 2003-02-28 (month + 20), check digits computed: reported without the word, lifted with it.
        assertFound("Ubezpieczona: Maria Zielinska 88071412342, polisa mieszkaniowa.", "PL_PESEL=88071412342");
        assertFound("PESEL 03222812343 dla dziecka", "PL_PESEL=03222812343");
        assertTrue(NationalIdRecognizers.peselBirthDate("88071412342"));
        assertTrue(NationalIdRecognizers.peselBirthDate("03222812343"));
        // look-alikes: the check passes but the date does not exist (30 February; month 91 of a phone number)
        assertFalse(NationalIdRecognizers.peselBirthDate("88023012347"));
        assertFalse(NationalIdRecognizers.peselBirthDate("07911123453"));
        assertNone("Order 88023012347 was shipped on Monday.", "PL_PESEL");
        assertNone("Order 88071412345 was shipped on Monday.", "PL_PESEL");
        // a run that also passes the ABN's check (and a PESEL's, with a real date) is evidence of neither: not reported
        assertNone("Invoice 70032496685 is paid.", "PL_PESEL");
    }

    @Test
    void lowerCasePostcodesBesideAPostcodeWord() {
        covered("postcode is sw1a 2aa if you need it", "ZIP_CODE", "sw1a 2aa");
        covered("Agent: and the postcode?\nVisitor: ls6 3qn", "ZIP_CODE", "ls6 3qn");
        covered("mijn postcode is 3511 lk en het huisnummer 9", "ZIP_CODE", "3511 lk");
        // look-alikes: no postcode word; a common two-letter word after a year; an outward code with no inward code
        assertNone("my router is a tp1 4xr model and keeps rebooting", "ZIP_CODE");
        assertNone("the postcode changed in 2019 en niemand zei iets", "ZIP_CODE=2019 en");
        assertNone("the postcode field says ab12 is too short", "ZIP_CODE=ab12");
    }

    @Test
    void partialStreetsOfGermanyTheNetherlandsAndCanada() {
        covered("Meine neue Adresse: Am Lindengrund 14, 72072 Tübingen.", "STREET_ADDRESS", "Am Lindengrund 14, 72072 Tübingen");
        covered("Lieferung bitte an Zum Steinbruch 3a, 35037 Marburg", "STREET_ADDRESS", "Zum Steinbruch 3a, 35037 Marburg");
        covered("Wij wonen nu op Lange Kerkstraat 17, 3011 AB Rotterdam.", "STREET_ADDRESS", "Lange Kerkstraat 17, 3011 AB Rotterdam");
        covered("Ship to 412 Rue Principale, unité 3, Sherbrooke QC J1H 4A7 please", "STREET_ADDRESS", "Sherbrooke QC J1H 4A7");
        covered("Mailing address:\nRed Deer AB T4N 1A1", "STREET_ADDRESS", "Red Deer AB T4N 1A1");
        // look-alikes: a weekday after "Am", no postcode and city after the number, no province before the code
        assertNone("Am Montag 3 Pakete, 12345 Stück im Lager.", "STREET_ADDRESS=Am Montag");
        assertNone("Im Vertrag 4 steht es anders.", "STREET_ADDRESS");
        assertNone("Am Ende 7 Tage gewartet.", "STREET_ADDRESS");
        assertNone("I met Kleine at the shop in town.", "STREET_ADDRESS");
        assertNone("Code J8Y 2L3 QC passed, ticket closed.", "STREET_ADDRESS");
    }

    @Test
    void theNewChecksStayLinear() {
        for (String unit : List.of("attn. Ab ", "Attn: attn: attn. ", "Trương Thị ", "Nguyễn Nguyễn Nguyễn ", "Maria 88071412342 ",
                "postcode sw1a 2aa ", "postcode 3511 lk ", "Am Lindengrund 14, ", "Am Am Am 7, 72072 ", "Kleine Kleine ",
                "Gatineau QC J8Y 2L3 ", "a b QC J8Y ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 44 rules 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
