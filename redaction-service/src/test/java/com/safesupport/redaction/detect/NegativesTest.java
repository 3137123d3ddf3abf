package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Support messages that talk about personal data without containing any: the word after "PIN" or "password" that
 * is no secret, placeholder and framework names that look like domains, currencies the name model took for places.
 * Each case sits beside the real thing it must still find.
 */
class NegativesTest {

    static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }

    @Test
    void wordsAboutASecretAreNoSecret() {
        assertEquals(List.of(), found("I have exceeded the number of PIN attempts"));
        assertEquals(List.of(), found("My PIN is blocked. The passcode doesn't work, my password is wrong."));
        assertEquals(List.of(), found("Can I change my pin through the app? My PIN isn't working."));
        assertEquals(List.of(), found("my password is expired and my pin is locked"));
        // Still secrets: tied to the keyword, or with a digit or a sign.
        assertEquals(List.of("SECRET=sunshine"), found("my password is sunshine"));
        assertEquals(List.of("SECRET=dragon"), found("pwd: dragon"));
        assertEquals(List.of("SECRET=correct"), found("my password is \"correct horse\""));
        assertEquals(List.of("SECRET=4821"), found("pin 4821"));
        assertEquals(List.of("SECRET=hunter2"), found("password hunter2"));
    }

    @Test
    void placeholderAndFrameworkNamesAreNoDomains() {
        assertEquals(List.of(), found("see example.com, mail.example.org or yourcompany.com for the template"));
        assertEquals(List.of(), found("the service runs on ASP.NET and VB.NET"));
        assertEquals(List.of("DOMAIN_NAME=smith-family.net"), found("our site is smith-family.net"));
        assertEquals(List.of("DOMAIN_NAME=examples.com"), found("our site is examples.com"));
    }

    @Test
    void currenciesAreNoPlaces() {
        assertEquals(List.of(), found("exchange GBP to EUR or AUD please"));
        assertEquals(List.of(), found("I exchanged Russian rubles for Turkish lira"));
        assertEquals(List.of("LOCATION=London"), found("Which ATMs in London take MasterCard?"));
    }
}
