package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Family names with particles ("dos", "van der", "bin", "da", Vietnamese "Van") are one person, not two halves with
 * the particle left in the text or the surname read as a place. Names made up for this test.
 */
class ParticleNameTest {

    static List<String> people(String text) {
        return NameVetoTest.people(text);
    }

    @Test
    void aNameRunsOnOverItsParticles() {
        assertEquals(List.of("PERSON=Maria dos Santos"), people("Please contact Maria dos Santos about the refund."));
        assertEquals(List.of("PERSON=Pieter van der Berg"), people("My landlord is Pieter van der Berg."));
        assertEquals(List.of("PERSON=Ahmed bin Rashid"), people("Hello, I'm Ahmed bin Rashid and my card is lost."));
        assertEquals(List.of("PERSON=Nguyen Van Minh"), people("Hi, this is Nguyen Van Minh, my card was blocked yesterday."));
        assertEquals(List.of("PERSON=Leonardo da Silva"), people("I am Leonardo da Silva."));
    }

    @Test
    void particlesJoinNothingThatIsNoName() {
        // Other small words do not join, nor does a particle past a comma.
        assertEquals(List.of("PERSON=Anna"), people("Anna and the team in Berlin were great"));
        assertEquals(List.of("PERSON=Tom", "PERSON=Leeuwen"), people("Please ask Tom, van Leeuwen said it was fine"));
    }
}
