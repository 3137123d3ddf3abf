package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detection engine alone, without HTTP: one analyzer for the class (gazetteers load once). */
class AnalyzerTest {

    static final Analyzer ANALYZER = Analyzer.builtIn(List.of("en"), List.of("US", "GB", "DE", "FR"), List.of());

    static List<String> found(String text) {
        return ANALYZER.analyze(text, Analyzer.Options.defaults("en", 0.4)).stream()
                .map(f -> f.type() + "=" + text.substring(f.start(), f.end()))
                .collect(Collectors.toList());
    }

    /** {@code expected} ("TYPE=value") is among what {@link #found} reports for {@code text}. */
    static void assertFound(String text, String expected) {
        List<String> f = found(text);
        assertTrue(f.contains(expected), () -> text + " -> " + f);
    }

    /**
     * A finding whose "TYPE=value" starts with {@code type} (a prefix: "DATE" takes DATE_TIME and DATE_OF_BIRTH) and
     * contains {@code value} is among what {@link #found} reports for {@code text}.
     */
    static void covered(String text, String type, String value) {
        List<String> all = found(text);
        assertTrue(all.stream().anyMatch(f -> f.startsWith(type) && f.contains(value)), () -> value + " in " + all);
    }

    /** Nothing {@link #found} reports for {@code text} starts with {@code typePrefix} ("PERSON=", "PHONE_NUMBER="). */
    static void assertNone(String text, String typePrefix) {
        List<String> f = found(text);
        assertFalse(f.stream().anyMatch(x -> x.startsWith(typePrefix)), () -> text + " -> " + f);
    }

    @Test
    void checksumsConfirmOrRejectCandidates() {
        assertEquals(List.of("CREDIT_CARD=4111-1111-1111-1111"), found("card 4111-1111-1111-1111"));
        assertEquals(List.of(), found("card 4111-1111-1111-1112"));
        assertEquals(List.of("IBAN_CODE=DE89 3704 0044 0532 0130 00"), found("iban DE89 3704 0044 0532 0130 00 please"));
        assertEquals(List.of(), found("iban DE89 3704 0044 0532 0130 01 please"));
        assertEquals(List.of("US_SSN=536-22-1234"), found("ssn 536-22-1234"));
        assertEquals(List.of(), found("ssn 666-22-1234 and 900-12-1234 and 123-45-6789"));
        assertEquals(List.of("ROUTING_NUMBER=021000021"), found("routing number 021000021"));
        assertEquals(List.of("CRYPTO=1BoatSLRHtKNngkdXEeobR76b53LETtpyT"), found("send to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
        assertEquals(List.of("CRYPTO=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"), found("wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
    }

    @Test
    void phoneNumbersAreValidatedWithLibphonenumber() {
        assertEquals(List.of("PHONE_NUMBER=+49 30 901820"), found("ruf an: +49 30 901820"));
        assertEquals(List.of("PHONE_NUMBER=(415) 555-2671"), found("reach me at (415) 555-2671"));
        assertEquals(List.of(), found("+1 000 000 0000"));
        assertEquals(List.of("DATE_TIME=2024-05-01"), found("on 2024-05-01"));
    }

    @Test
    void addressesAndNetworkIdentifiers() {
        assertEquals(List.of("IP_ADDRESS=192.168.1.10", "IP_ADDRESS=2001:db8::ff00:42:8329"),
                found("hosts 192.168.1.10 and 2001:db8::ff00:42:8329"));
        assertEquals(List.of(), found("version 1.2.3.4.5 is out"));
        assertEquals(List.of("URL=https://example.com/a?b=c"), found("see https://example.com/a?b=c."));
        assertEquals(List.of("STREET_ADDRESS=221B Baker Street"), found("I live at 221B Baker Street"));
        assertEquals(List.of("STREET_ADDRESS=Hammarvägen 15"), found("deliver to Hammarvägen 15"));
        assertEquals(List.of("ZIP_CODE=SW1A 1AA"), found("postcode SW1A 1AA"));
    }

    @Test
    void namesNeedEvidenceAndCommonWordsNeedContext() {
        assertEquals(List.of("PERSON=Jennifer Lopez"), found("I spoke with Jennifer Lopez yesterday"));
        assertEquals(List.of("PERSON=Iwase"), found("\"Fine,\" says Mr. Iwase."));
        assertEquals(List.of(), found("Will you grace us in may? Hope so."));
        assertEquals(List.of("PERSON=Will"), found("Hi, my name is Will"));
        assertEquals(List.of("PERSON=john smith"), found("hello my name is john smith"));
        assertEquals(List.of("LOCATION=Paris", "LOCATION=Germany"), found("I flew from Paris to Germany"));
        assertTrue(found("Drake PLC reported profits").isEmpty());
    }

    @Test
    void datesOfBirthAgesAndSecrets() {
        assertEquals(List.of("DATE_OF_BIRTH=12/03/1985"), found("I was born on 12/03/1985"));
        assertEquals(List.of("AGE=42"), found("I am 42 years old"));
        assertEquals(List.of("SECRET=Tr0ub4dor&3"), found("my password is Tr0ub4dor&3"));
        assertEquals(List.of(), found("my password expired"));
        assertEquals(List.of("SECRET=ghp_abcdefghijklmnopqrstuvwxyz0123456789"), found("token ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
        assertEquals(List.of("SECRET=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcdefghijk"), found("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcdefghijk"));
    }

    @Test
    void normalisationDefeatsEvasionsAndOffsetsPointIntoTheOriginal() {
        String text = "mail jane dot doe at example dot com or ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ, ssn 536\u200B-22-1234";
        List<Finding> findings = ANALYZER.analyze(text, Analyzer.Options.defaults("en", 0.4));
        assertEquals(List.of("EMAIL_ADDRESS", "EMAIL_ADDRESS", "US_SSN"), findings.stream().map(Finding::type).toList());
        assertEquals("jane dot doe at example dot com", text.substring(findings.get(0).start(), findings.get(0).end()));
        assertEquals("ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", text.substring(findings.get(1).start(), findings.get(1).end()));
        assertEquals("536\u200B-22-1234", text.substring(findings.get(2).start(), findings.get(2).end()));
        assertEquals(List.of("DOMAIN_NAME=google.com"), found("look at google.com for answers"));
    }

    @Test
    void overlapsResolveToTheLongerSpanThenTheHigherScore() {
        // The e-mail contains a domain; the domain loses to the longer e-mail.
        assertEquals(List.of("EMAIL_ADDRESS=ann@example.co.uk"), found("ann@example.co.uk"));
        List<Finding> findings = ANALYZER.analyze("call 212-555-0123 today", Analyzer.Options.defaults("en", 0.0));
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i - 1).end() <= findings.get(i).start());
        }
        assertFalse(findings.isEmpty());
    }
}
