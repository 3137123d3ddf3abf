package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The formats the issue named as specifications (RFC 4291/5952 IPv6, dates, IDN e-mail, IBAN case, 15-digit
 * cards, phone regions, UK NHS, US ITIN, DEA numbers), with values made up for this test.
 */
class CoverageTest {

    static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }

    @Test
    void ipv6InEveryTextForm() {
        assertEquals(List.of("IP_ADDRESS=2001:0db8:0000:0000:0000:ff00:0042:8329"), found("host 2001:0db8:0000:0000:0000:ff00:0042:8329 is up"));
        assertEquals(List.of("IP_ADDRESS=2001:db8::7"), found("host 2001:db8::7 is up"));
        assertEquals(List.of("IP_ADDRESS=::ffff:198.51.100.7"), found("mapped ::ffff:198.51.100.7 here"));
        assertEquals(List.of("IP_ADDRESS=64:ff9b::203.0.113.9"), found("nat64 64:ff9b::203.0.113.9 here"));
        assertEquals(List.of("IP_ADDRESS=fe80::1ff:fe23:4567:890a%eth2"), found("link fe80::1ff:fe23:4567:890a%eth2 now"));
        assertEquals(List.of("IP_ADDRESS=2001:db8:abcd::/48"), found("route 2001:db8:abcd::/48 added"));
        assertEquals(List.of("IP_ADDRESS=::1"), found("loopback ::1."));
        assertEquals(List.of(), found("seven groups 1:2:3:4:5:6:7 and two gaps 1::2::3"));
        assertEquals(List.of(), found("glued 2001:db8::7zz here"));
    }

    @Test
    void ipv6EmbeddedIpv4AndUpperCase() {
        assertEquals(List.of("IP_ADDRESS=::13.1.68.3"), found("compat ::13.1.68.3 here"));
        assertEquals(List.of("IP_ADDRESS=2001:db8:3333:4444:5555:6666:1.2.3.4"), found("embedded 2001:db8:3333:4444:5555:6666:1.2.3.4 here"));
        assertEquals(List.of("IP_ADDRESS=2001:DB8::FF00:42:8329"), found("upper 2001:DB8::FF00:42:8329 here"));
        assertEquals(List.of("IP_ADDRESS=1080::8:800:200C:417A"), found("unicast 1080::8:800:200C:417A here"));
        assertEquals(List.of("IP_ADDRESS=ff01::101"), found("multicast ff01::101 here"));
    }

    @Test
    void ipv4RejectsBadOctetsAndGluedLetters() {
        assertEquals(List.of(), found("bad 256.1.1.1 and 1.2.3.4a"));
        assertEquals(List.of("IP_ADDRESS=10.20.30.40", "IP_ADDRESS=172.16.0.0/12"), found("from 10.20.30.40 via 172.16.0.0/12"));
        assertEquals(List.of(), found("bad 300.1.2.3 and abc10.1.2.3 and 10.1.2.3xyz"));
        // RFC 3986 dec-octet: no leading zeros (octal to some parsers), in IPv4 and in an IPv6 address's IPv4 tail.
        assertEquals(List.of("IP_ADDRESS=10.0.0.1"), found("bad 1.2.3.04 and 01.02.03.004, good 10.0.0.1"));
        assertEquals(List.of(), found("mapped ::ffff:192.0.2.010 here"));
    }

    @Test
    void datesInWrittenAndNumericForms() {
        assertEquals(List.of("DATE_TIME=7-Aug-2018"), found("arrived 7-Aug-2018 ok"));
        assertEquals(List.of("DATE_TIME=5-May-2021"), found("5-May-2021"));
        assertEquals(List.of("DATE_TIME=May-2021"), found("May-2021"));
        assertEquals(List.of("DATE_TIME=5th of May 2021"), found("booked 5th of May 2021 ok"));
        assertEquals(List.of("DATE_TIME=2021-05-05T12:12:12.123+02:00"), found("Created at 2021-05-05T12:12:12.123+02:00 by admin"));
        assertEquals(List.of("DATE_TIME=AUG-2018"), found("statement AUG-2018 ok"));
        assertEquals(List.of("DATE_TIME=11/2026"), found("expires on 11/2026 ok"));
        assertEquals(List.of("DATE_TIME=2026-11-30T17:45:03.5Z"), found("logged 2026-11-30T17:45:03.5Z ok"));
        assertEquals(List.of("DATE_TIME=2026-11-30 17:45"), found("logged 2026-11-30 17:45 ok"));
        // Month and year alone need a context word: an expiry date is one.
        assertEquals(List.of("DATE_TIME=05/2021"), found("the card expires 05/2021"));
        assertEquals(List.of("DATE_TIME=5/21"), found("expiry 5/21"));
        assertEquals(List.of(), found("he scored 5/21 and 05/2021"));
        // Context-free short forms stay below the default threshold: as likely a fraction or a score.
        List<Finding> low = AnalyzerTest.ANALYZER.analyze("the ratio 3/28 rose", Analyzer.Options.defaults("en", 0.0)).stream()
                .filter(f -> f.type().equals("DATE_TIME")).toList();
        assertEquals(1, low.size());
        assertEquals(0.1, low.get(0).score());
        assertEquals(List.of(), found("the ratio 3/28 rose, version5/21"));
    }

    @Test
    void emailWithInternationalisedDomains() {
        assertEquals(List.of("EMAIL_ADDRESS=renée@café.fr"), found("write renée@café.fr now"));
        assertEquals(List.of("EMAIL_ADDRESS=ops@xn--caf-dma.fr"), found("write ops@xn--caf-dma.fr now"));
        assertEquals(List.of("EMAIL_ADDRESS=user@münchen.de"), found("user@münchen.de"));
        assertEquals(List.of(), found("my email is info@example."));
    }

    @Test
    void ibansAreWrittenInCapitals() {
        assertEquals(List.of("IBAN_CODE=GB33BUKB20201555555555"), found("iban GB33BUKB20201555555555 ok"));
        assertEquals(List.of("IBAN_CODE=AL47 2121 1009 0000 0002 3569 8741"), found("AL47 2121 1009 0000 0002 3569 8741"));
        assertEquals(List.of(), found("al47212110090000000235698741"));
        // Round 50: lower or mixed case only right after the word "iban" (the label, length and mod-97 decide); without it
        // a lower-case run stays unreported
        assertEquals(List.of("IBAN_CODE=gb33bukb20201555555555"), found("iban gb33bukb20201555555555 ok"));
        assertEquals(List.of("IBAN_CODE=Gb33BUKB20201555555555"), found("iban Gb33BUKB20201555555555 ok"));
        assertEquals(List.of(), found("ref gb33bukb20201555555555 ok"));
        assertEquals(List.of(), found("ref Gb33BUKB20201555555555 ok"));
    }

    @Test
    void fifteenDigitCardsAndIdentifiers() {
        assertEquals(List.of("CREDIT_CARD=3714 496353 98431"), found("amex 3714 496353 98431 ok"));
        assertEquals(List.of("CREDIT_CARD=371449635398431"), found("371449635398431"));
        assertEquals(List.of("CREDIT_CARD=30569309025904"), found("30569309025904"));
        assertEquals(List.of("US_ITIN=912-74-3456"), found("my itin is 912-74-3456"));
        assertEquals(List.of("UK_NHS=943 476 5919"), found("nhs number 943 476 5919"));
        // A wrong check digit is no NHS number (it may still be a phone number).
        assertEquals(List.of(), found("nhs number 943 476 5918").stream().filter(f -> f.startsWith("UK_NHS")).toList());
        assertEquals(List.of("MEDICAL_LICENSE=AB1234563"), found("dea AB1234563"));
        assertEquals(List.of(), found("dea AB1234564"));
    }

    @Test
    void phoneRegionsAreConfigurable() {
        Analyzer philippines = Analyzer.builtIn(List.of("en"), List.of("PH"), List.of());
        String text = "call 0917 123 4567 please";
        assertEquals(List.of("PHONE_NUMBER"), philippines.analyze(text, Analyzer.Options.defaults("en", 0.4)).stream().map(Finding::type).toList());
        assertEquals(List.of("PHONE_NUMBER=+90 212 555 12 12"), found("call +90 212 555 12 12 please"));
        assertEquals(List.of("PHONE_NUMBER=+63 917 123 4567"), found("my phone is +63 917 123 4567"));
    }

    @Test
    void placeholdersOfOneRepeatedDigitAreNotPersonalData() {
        assertEquals(List.of(), found("the test card is 0000 0000 0000 0000 and account 111111111111, ip 0.0.0.0"));
        assertEquals(List.of(), found("a MAC like 00:00:00:00:00:00 and a date like 11/11/1111"));
        assertEquals(List.of("SECRET=0000"), found("my PIN is 0000"));
    }
}
