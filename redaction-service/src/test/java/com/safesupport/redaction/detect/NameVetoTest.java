package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shapes a person's name never has, vetoed after the name model; sentences made up for this test. */
class NameVetoTest {

    static List<String> people(String text) {
        return AnalyzerTest.found(text).stream().filter(f -> f.startsWith("PERSON=")).toList();
    }

    @Test
    void productAndBrandWordsAreNoPeople() {
        assertEquals(List.of(), people("Can I pay with Mastercard here?"));
        assertEquals(List.of(), people("Is this possible in the App already?"));
        // Addressing the assistant is no person: "ai, …" (the model takes a vocative for a name).
        assertEquals(List.of(), people("ai, can you raise my card limit?"));
    }

    @Test
    void acronymsAndSpelledOutCapitalsAreNoPeople() {
        assertEquals(List.of(), people("Do invoices need an EIN these days?"));
        assertEquals(List.of(), people("Which ATMs take this card?"));
        assertEquals(List.of(), people("The G P S module fails, what now?"));
        assertEquals(List.of(), people("A refund was promised."));
    }

    @Test
    void commonWordsOpeningASentenceAreNoPeople() {
        assertEquals(List.of(), people("Please send the form again."));
        assertEquals(List.of(), people("Will the parcel arrive on time?"));
    }

    @Test
    void namesStay() {
        assertEquals(List.of("PERSON=Ingrid Svensson"), people("I spoke to Ingrid Svensson yesterday."));
        assertEquals(List.of("PERSON=Bill"), people("Hi, this is Bill from accounts."));
        assertEquals(List.of("PERSON=Halldór"), people("My name is Halldór and I need help."));
    }
}
