package com.safesupport.bot.conversation;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits against abuse and runaway cost: message size, messages per conversation per minute (sliding window,
 * per instance), messages per conversation. Each breach is a clear problem+json.
 */
@ApplicationScoped
public class TurnLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<UUID, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Inject
    BotConfig config;

    @Inject
    Clock clock;

    public void checkSize(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.badRequest("empty-message", "The message has no text");
        }
        if (text.length() > config.limits().maxMessageChars()) {
            throw new DomainException(413, "message-too-long", "Payload Too Large",
                    "A message may have at most " + config.limits().maxMessageChars() + " characters");
        }
    }

    public void checkTurns(int turnsSoFar) {
        if (turnsSoFar >= config.limits().maxTurns()) {
            throw DomainException.conflict("conversation-too-long",
                    "This conversation reached its limit of " + config.limits().maxTurns() + " messages; start a new one or ask for a human");
        }
    }

    /** Counts a message against the per-minute limit, refusing it when the window is full. */
    public void admit(UUID conversationId) {
        Instant now = clock.instant();
        Deque<Instant> window = recent.computeIfAbsent(conversationId, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
                window.pollFirst();
            }
            if (window.size() >= config.limits().messagesPerMinute()) {
                long wait = Math.max(1, Duration.between(now, window.peekFirst().plus(WINDOW)).toSeconds());
                throw new TooManyMessages(config.limits().messagesPerMinute(), wait);
            }
            window.addLast(now);
        }
    }

    public void forget(UUID conversationId) {
        recent.remove(conversationId);
    }

    /** 429 with the seconds to wait. */
    public static final class TooManyMessages extends DomainException {
        private final long retryAfterSeconds;

        TooManyMessages(int limit, long retryAfterSeconds) {
            super(429, "too-many-messages", "Too Many Requests",
                    "At most " + limit + " messages per minute in one conversation; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
