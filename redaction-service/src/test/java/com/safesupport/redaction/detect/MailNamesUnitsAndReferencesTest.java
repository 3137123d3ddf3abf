package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 22: a mail display name before "&lt;address&gt;", two or three names after a title without its dot, the
 * Australian "Unit 5/18" and the UK "Basement Flat," before a house number, Dublin's postal districts, "Unit 5 of …" as
 * no address, and numbers after "job", "build", "version" … as references, not phones — each with made-up values other
 * than the probe's — the look-alikes that stay no finding, and linear time on the new paths.
 */
class MailNamesUnitsAndReferencesTest {

    private static List<String> people(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("PERSON=")).toList();
    }

    private static List<String> addresses(String text) {
        return AddressShapesTest.found(text);
    }

    @Test
    void aMailDisplayNameBeforeItsAddressIsAPerson() {
        assertEquals(List.of("PERSON=Odhrán Kilbride"), people("> On Fri, 2 Oct, Odhrán Kilbride <okilbride@example.ie> wrote:"));
        // a team, not a person; a display name must follow a line start, comma, colon, quote or '>'
        assertEquals(List.of(), people("From: Customer Service <help@example.com>"));
        assertEquals(List.of(), people("> On Fri, Billing Team <billing@example.com> wrote:"));
    }

    @Test
    void twoOrThreeNamesAfterATitleWithoutItsDotAreAPerson() {
        assertEquals(List.of("PERSON=Halldora Brynjolfsdottir"), people("refund to Ms Halldora Brynjolfsdottir please"));
        assertEquals(List.of("PERSON=TORSTEN HALVARDSEN"), people("PAYEE MR TORSTEN HALVARDSEN"));
        // one word after a title may be a brand; common words are no names
        assertEquals(List.of(), people("my Dr Martens boots never arrived"));
        assertEquals(List.of(), people("a can of Dr Pepper Zero"));
    }

    @Test
    void unitFormsBeforeTheHouseNumberJoinTheAddress() {
        assertEquals(List.of("STREET_ADDRESS=Unit 7/23 Banksia Street, Ringwood VIC 3134"),
                addresses("deliver to Unit 7/23 Banksia Street, Ringwood VIC 3134 thanks"));
        assertEquals(List.of("STREET_ADDRESS=Ground Floor Flat, 41 Hawthorn Road, Cardiff CF14 4AA"),
                addresses("Ground Floor Flat, 41 Hawthorn Road, Cardiff CF14 4AA"));
        assertEquals(List.of("STREET_ADDRESS=12 Ranelagh Road, Dublin 6W"), addresses("12 Ranelagh Road, Dublin 6W is the address"));
        // a unit word alone before "of" is a part of something, not an address
        assertEquals(List.of(), addresses("Unit 3 of the training is missing"));
        assertEquals(List.of(), addresses("Room 2 of the escape game was closed"));
        // no district past 24, no flat without a place in the house before the comma
        assertEquals(List.of("STREET_ADDRESS=12 Ranelagh Road"), addresses("12 Ranelagh Road, Dublin 31"));
        assertEquals(List.of("STREET_ADDRESS=41 Hawthorn Road, Cardiff CF14 4AA"), addresses("Nice Flat, 41 Hawthorn Road, Cardiff CF14 4AA"));
    }

    @Test
    void aNumberAfterAJobOrBuildWordIsAReferenceNotAPhone() {
        AnalyzerTest.assertNone("job number 212-555-0143 was closed", "PHONE_NUMBER=");
        AnalyzerTest.assertNone("Build 19045.3803 failed to install", "PHONE_NUMBER=");
        AnalyzerTest.assertNone("part no. 0161 496 0731 is back-ordered", "PHONE_NUMBER=");
        // the customer's own number, after "number" alone or "phone number", stays a phone
        AnalyzerTest.assertFound("my number is 212-555-0143", "PHONE_NUMBER=212-555-0143");
        AnalyzerTest.assertFound("phone number 0161 496 0731", "PHONE_NUMBER=0161 496 0731");
        AnalyzerTest.assertFound("my work number is 0161 496 0731", "PHONE_NUMBER=0161 496 0731");
    }

    @Test
    void theNewPathsStayLinearOnHostileInput() {
        assertLinear("Ab Cd Ef <a@b.co> ");
        assertLinear(", Ab Cd <a@b.co>, Ab <c@d.co> ");
        assertLinear("Mr Ab Cd Ef Mr. Gh Mrs ");
        assertLinear("Unit 5/18 Unit 5/ Unit ");
        assertLinear("Basement Flat, Top Floor Flat, 9 Ab Road, ");
        assertLinear("9 Ab Road, Dublin 6, Dublin 6W ");
        assertLinear("Unit 5 of Room 3 of ");
        assertLinear("job number 212-555-0143 build ");
    }

    private static void assertLinear(String unit) {
        CpuLinearity.assertAnalyzerLinear("round 22 mail names, units and references", unit);
    }
}
