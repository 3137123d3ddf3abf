package com.safesupport.bot.conversation;

import com.safesupport.bot.support.BotTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class LimitsTest extends BotTest {

    @Test
    void anOversizedMessageIsRefusedWithProblemJson() {
        String subject = newSubject();
        String id = start(subject);
        say(subject, id, "a".repeat(2001)).statusCode(413)
                .contentType("application/problem+json")
                .body("type", is("https://safesupport.dev/problems/message-too-long"));
        say(subject, id, "   ").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void tooManyMessagesPerMinuteAreRefusedWithRetryAfter() {
        // Half-way through a minute: a minute later the sliding window weighs these 12 by one half, so the next one
        // fits (within the first seconds of a window the previous one still weighs nearly all, and the test would
        // rightly be refused: it failed whenever it ran in a minute's first four seconds).
        long minute = Duration.ofMinutes(1).toMillis();
        clock.advance(Duration.ofMillis(Math.floorMod(minute / 2 - clock.instant().toEpochMilli(), minute)));
        String subject = newSubject();
        String id = start(subject);
        for (int i = 0; i < 12; i++) {
            say(subject, id, "How do I activate my card?").statusCode(200);
        }
        say(subject, id, "How do I activate my card?").statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        clock.advance(Duration.ofSeconds(61));
        say(subject, id, "How do I activate my card?").statusCode(200);
    }
}
