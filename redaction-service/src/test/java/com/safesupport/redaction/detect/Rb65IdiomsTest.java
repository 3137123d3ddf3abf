package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.covered;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 65: a set phrase that holds a given name names nobody — "Murphy's law", "Bob's your uncle", "a doubting
 * Thomas", "every Tom, Dick and Harry", "for Pete's sake", "Hinz und Kunz". Made-up texts; a person who merely bears
 * the name of a saying's figure stays found; linear time with inputs ×16.
 */
class Rb65IdiomsTest {

    /** Each text below gives a {@code PERSON} (the saying's name) on round 64's engine, this round's start. */
    @Test
    void aNameInsideASayingNamesNobody() {
        assertNone("The router died the night before my exam, Murphy's law I guess.", "PERSON");
        assertNone("Plug the new cable in, restart once and Bob's your uncle.", "PERSON");
        assertNone("Call me a doubting Thomas, but I want the refund in writing.", "PERSON");
        assertNone("It seems every Tom, Dick and Harry got the loyalty voucher except my household.", "PERSON");
        assertNone("For Pete's sake, the courier has rescheduled three times now.", "PERSON");
        assertNone("Your chat agent was a real Jack of all trades and fixed my billing too.", "PERSON");
        assertNone("Don't rob Peter to pay Paul: move the direct debit to after payday.", "PERSON");
        assertNone("Die Aktion kennt doch inzwischen Hinz und Kunz, nur mein Gutschein geht nicht.", "PERSON");
        assertNone("My sister is a real nosy Parker about my orders.", "PERSON");
        assertNone("The app is a bit Heath Robinson but the delivery was the real McCoy.", "PERSON");
        assertNone("Honestly, it is Sod's law and Murphy’s Law together, so Bob’s your uncle.", "PERSON");
    }

    @Test
    void aPersonBearingTheNameStaysFound() {
        covered("Thomas Brandt from billing said the refund is on its way.", "PERSON", "Thomas Brandt");
        covered("Please ask Pete Hollis why the courier rescheduled again.", "PERSON", "Pete Hollis");
        covered("My neighbour Tom Barrow took the parcel in.", "PERSON", "Tom Barrow");
        covered("Bob Kinsella from your shop said my uncle could collect it.", "PERSON", "Bob Kinsella");
    }

    @Test
    void theSayingsCheckStaysLinear() {
        for (String unit : List.of("Murphy's law, Anna Berg wrote. ", "for pete's sake Pete ", "Tom, Dick and Harry, Tom, Dick and ",
                "murphy's murphy's murphy's law ", "Jan met de pet Jan met de ", "Bob's your uncle Bob ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 65 sayings 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
