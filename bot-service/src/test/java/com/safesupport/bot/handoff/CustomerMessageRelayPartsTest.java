package com.safesupport.bot.handoff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A redacted text longer than escalation-service accepts (its {@code @Size(max = 8000)}) is relayed in parts, in
 * order, none over the limit, none splitting a character; together they are the text. (Only reachable when an
 * operator raises bot.limits.max-message-chars, or when pseudonyms make a text longer than the customer's.)
 */
class CustomerMessageRelayPartsTest {

    @Test
    void aTextWithinTheLimitIsOnePart() {
        assertEquals(List.of("hello"), CustomerMessageRelay.parts("hello"));
        String limit = "a".repeat(8000);
        assertEquals(List.of(limit), CustomerMessageRelay.parts(limit));
    }

    @Test
    void aLongerTextGoesInOrderedPartsWithinTheLimit() {
        String text = "a".repeat(8000) + "b".repeat(8000) + "c";
        List<String> parts = CustomerMessageRelay.parts(text);
        assertEquals(3, parts.size());
        assertEquals(String.join("", parts), text);
        assertTrue(parts.stream().allMatch(p -> p.length() <= CustomerMessage.MAX_TEXT_CHARS));
        assertEquals("c", parts.get(2));
    }

    @Test
    void aPartNeverSplitsASurrogatePair() {
        String text = "a".repeat(7999) + "\uD83D\uDE00" + "z";
        List<String> parts = CustomerMessageRelay.parts(text);
        assertEquals(List.of("a".repeat(7999), "\uD83D\uDE00z"), parts);
    }

    @Test
    void theLimitIsEscalationsLimit() {
        assertEquals(8000, CustomerMessage.MAX_TEXT_CHARS);
    }
}
