package com.safesupport.bot.guardrail;

/**
 * Frustration judged over the last turns, not one message: a customer is handed over after two frustrated or
 * abusive messages in a row, or when a clearly frustrated or an abusive message comes after the assistant has
 * already replied twice (the customer is judging the conversation so far), or when a frustrated or abusive message answers a
 * reply that did not help (a clarifying question or a decline: the insult is about the assistant's failure, and a
 * third attempt by the assistant would only add to it). A single annoyed first message is answered. The
 * conversation keeps {@code negativeStreak} (and the pipeline {@code unhelpfulStreak}) between turns.
 */
public record FrustrationTrend(int negativeStreak, boolean handOver) {

    /** Consecutive frustrated or abusive messages that hand over. */
    public static final int STREAK = 2;
    /** A message at least this frustrated (classifier probability) hands over after {@link #AFTER_TURNS} turns. */
    public static final double STRONG = 0.8;
    public static final int AFTER_TURNS = 2;

    /**
     * @param previousStreak frustrated or abusive messages in a row before this one
     * @param previousTurns  customer messages the assistant has already replied to in this conversation
     */
    public static FrustrationTrend next(int previousStreak, int previousTurns, InputVerdict verdict) {
        return next(previousStreak, previousTurns, 0, verdict);
    }

    /**
     * @param previousUnhelpful unhelpful replies in a row (clarifying questions, declines) just before this message
     */
    public static FrustrationTrend next(int previousStreak, int previousTurns, int previousUnhelpful, InputVerdict verdict) {
        boolean negative = verdict.abuse() || verdict.frustrated();
        int streak = negative ? previousStreak + 1 : 0;
        // After two replies, an insult is a judgement of the conversation too (the customer has seen the answers).
        boolean strong = negative && (verdict.frustration() >= STRONG || verdict.abuse()) && previousTurns >= AFTER_TURNS;
        boolean afterFailure = negative && previousUnhelpful > 0;
        return new FrustrationTrend(streak, streak >= STREAK || strong || afterFailure);
    }
}
