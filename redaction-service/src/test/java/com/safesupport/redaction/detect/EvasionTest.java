package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Personal data written to slip past a scanner: e-mail addresses with the "at" and "dot" spelled out or bracketed,
 * phone numbers with spelled digits ("five five five"), "oh" for zero, "double"/"triple", or one digit at a time.
 * Values made up for this test (555 and Ofcom drama ranges).
 */
class EvasionTest {

    static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }

    @Test
    void emailWithSpelledOrBracketedMarkers() {
        assertEquals(List.of("EMAIL_ADDRESS=john dot smith at gmail dot com"), found("my email is john dot smith at gmail dot com"));
        assertEquals(List.of("EMAIL_ADDRESS=peter (at) mailbox (dot) co (dot) uk"), found("mail: peter (at) mailbox (dot) co (dot) uk"));
        assertEquals(List.of("EMAIL_ADDRESS=anna [at] example [dot] com"), found("write to anna [at] example [dot] com"));
        assertEquals(List.of("EMAIL_ADDRESS=anna(at)example(dot)com"), found("write to anna(at)example(dot)com"));
        // "at" between ordinary words is no address.
        assertEquals(List.of(), found("look at the site dot com page and meet at home"));
    }

    @Test
    void phoneWithSpelledDigits() {
        assertEquals(List.of("PHONE_NUMBER=five five five two three four seven eight nine zero"),
                found("call me on five five five two three four seven eight nine zero"));
        assertEquals(List.of("PHONE_NUMBER=eight zero zero, five five five, one two one two"),
                found("phone eight zero zero, five five five, one two one two"));
        assertEquals(List.of("PHONE_NUMBER=oh two zero seven nine four six oh nine five eight"),
                found("ring me at oh two zero seven nine four six oh nine five eight"));
        assertEquals(List.of("PHONE_NUMBER=plus four four two zero seven nine four six zero nine five eight"),
                found("plus four four two zero seven nine four six zero nine five eight"));
        assertEquals(List.of("PHONE_NUMBER=zero seven seven double zero nine double zero one two three"),
                found("my mobile is zero seven seven double zero nine double zero one two three"));
        // Words and digit groups mixed.
        assertEquals(List.of("PHONE_NUMBER=two one two 555 zero one eight seven"), found("phone two one two 555 zero one eight seven"));
    }

    @Test
    void phoneTypedOneDigitAtATime() {
        assertEquals(List.of("PHONE_NUMBER=5 5 5 - 2 3 4 - 7 8 9 0"), found("my number is 5 5 5 - 2 3 4 - 7 8 9 0"));
        assertEquals(List.of("PHONE_NUMBER=0 2 0 7 9 4 6 0 9 5 8"), found("tel 0 2 0 7 9 4 6 0 9 5 8"));
    }

    @Test
    void countingIsNoPhoneNumber() {
        // Seven spelled digits with no context: a merely possible number, below the default threshold.
        assertEquals(List.of(), found("i have one two three four five six seven apples"));
        assertEquals(List.of(), found("the code is 1 2 3 4 and the score was three one"));
        assertEquals(List.of(), found("one of the two cards, then three or four more, five at most"));
        // More than fifteen digits is no phone number.
        assertEquals(List.of(), found("call one two three four five six seven eight nine one two three four five six seven"));
    }
}
