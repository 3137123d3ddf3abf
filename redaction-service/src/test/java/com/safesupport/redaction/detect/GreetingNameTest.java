package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names right after a greeting or before a sign-off, as support messages are written: "hi anna", "thanks, Oyelaran",
 * "Kind regards,\nIngrid Solberg". Names made up for this test or common in their countries; no dataset text.
 */
class GreetingNameTest {

    static List<String> people(String text) {
        return NameVetoTest.people(text);
    }

    @Test
    void namesAfterAGreeting() {
        assertEquals(List.of("PERSON=anna"), people("hi anna, my card was declined twice today"));
        assertEquals(List.of("PERSON=Oyelaran"), people("Thanks, Oyelaran! The refund arrived."));
        assertEquals(List.of("PERSON=Nguyen Thi Mai"), people("Hello Nguyen Thi Mai, your parcel is delayed"));
        assertEquals(List.of("PERSON=siobhan"), people("ok thanks siobhan, that fixed it"));
        assertEquals(List.of("PERSON=Zbigniew"), people("thank you Zbigniew for the quick answer"));
    }

    @Test
    void namesAfterASignOff() {
        List<String> found = people("The app crashes when I open statements.\nKind regards,\nIngrid Solberg");
        assertEquals(List.of("PERSON=Ingrid Solberg"), found);
        assertTrue(people("Please close my account.\n\nBest,\nMarta Kowalczyk").contains("PERSON=Marta Kowalczyk"));
        assertEquals(List.of("PERSON=Tomasz"), people("Still waiting for my new card. Regards, Tomasz"));
    }

    @Test
    void greetingsWithoutANameFlagNobody() {
        assertEquals(List.of(), people("hi there, my card was declined"));
        assertEquals(List.of(), people("Hello, I'm having trouble with the app"));
        assertEquals(List.of(), people("Hi! I've been waiting for an hour"));
        assertEquals(List.of(), people("thanks for the help, bye"));
        assertEquals(List.of(), people("hey guys, thanks again"));
        assertEquals(List.of(), people("thanks bruh that worked"));
        assertEquals(List.of(), people("Hi team, hi all, hello support"));
        assertEquals(List.of(), people("I want to say hi to the new features"));
        assertEquals(List.of(), people("Best regards"));
        assertEquals(List.of(), people("You're welcome to try the best option"));
    }

    @Test
    void longRunsOfGreetingsStayLinear() {
        assertLinear("hi anna thanks, bob ");
        // the informal introductions (stop 30): "its"/"it's" openers, "it's me, X", "X here" read back a few tokens
        assertLinear("hey its rafa here, it's me, kemal. chidi okonkwo here! ");
    }

    private void assertLinear(String unit) {
        double ratio = CpuLinearity.ratioOfRepeated(unit, GreetingNameTest::people);
        System.out.printf("greetings 64 kB / (32 x 2 kB) time ratio %.2f (%s)%n", ratio, unit.strip());
        assertTrue(ratio < 8, "greeting look-ups must stay linear, ratio " + ratio + " for " + unit.strip());
    }
}
