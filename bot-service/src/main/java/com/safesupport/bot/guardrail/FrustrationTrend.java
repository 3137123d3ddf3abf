package com.safesupport.bot.guardrail;

/**
 * Frustration judged over the last turns, not one message: a customer is handed over after two frustrated or
 * abusive messages in a row, or when a clearly frustrated or an abusive message comes after the assistant has
 * already replied twice (the customer is judging the conversation so far), or when a frustrated or abusive message answers a
 * reply that did not help (a clarifying question or a decline: the insult is about the assistant's failure, and a
 * third attempt by the assistant would only add to it). Going round in circles counts too ({@link Repetition}):
 * the same question asked a third time in a row, or asked again in a frustrated or abusive message. A single
 * annoyed first message is answered. The conversation keeps {@code negativeStreak}, the repeat streak (and the
 * pipeline {@code unhelpfulStreak}) between turns.
 *
 * @param rule what handed over, for the explanation: {@code streak}, {@code after-replies}, {@code after-failure},
 *             {@code repeated-question}, {@code repeated-and-frustrated} or {@code repeated-and-shouted}; empty when nothing did
 */
public record FrustrationTrend(int negativeStreak, boolean handOver, java.util.Optional<String> rule) {

    /** Repeats in a row (the same question asked this many times more) that hand over on their own. */
    public static final int REPEATS = 2;

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
        return next(previousStreak, previousTurns, previousUnhelpful, verdict, Repetition.NONE);
    }

    /** @param repetition whether this message asks again what the customer already asked (and how often in a row) */
    public static FrustrationTrend next(int previousStreak, int previousTurns, int previousUnhelpful, InputVerdict verdict,
                                        Repetition repetition) {
        return next(previousStreak, previousTurns, previousUnhelpful, verdict, repetition, false);
    }

    /**
     * Round 32 (issue 14): @param shouted the message is all in capitals ({@link SentimentScorer#shouted}); a question
     * asked again in capitals ("WHY WAS IT DECLINED" after "why was it declined though?") hands over
     * ({@code repeated-and-shouted}), although capitals alone (0.4) do not mark a message frustrated.
     */
    public static FrustrationTrend next(int previousStreak, int previousTurns, int previousUnhelpful, InputVerdict verdict,
                                        Repetition repetition, boolean shouted) {
        boolean negative = verdict.abuse() || verdict.frustrated();
        int streak = negative ? previousStreak + 1 : 0;
        // After two replies, an insult is a judgement of the conversation too (the customer has seen the answers).
        boolean strong = negative && (verdict.frustration() >= STRONG || verdict.abuse()) && previousTurns >= AFTER_TURNS;
        boolean afterFailure = negative && previousUnhelpful > 0;
        String rule = streak >= STREAK ? "streak" : strong ? "after-replies" : afterFailure ? "after-failure"
                : repetition.repeated() && negative ? "repeated-and-frustrated"
                : repetition.repeated() && shouted ? "repeated-and-shouted"
                : repetition.streak() >= REPEATS ? "repeated-question" : null;
        return new FrustrationTrend(streak, rule != null, java.util.Optional.ofNullable(rule));
    }
}
