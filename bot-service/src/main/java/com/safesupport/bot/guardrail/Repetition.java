package com.safesupport.bot.guardrail;

import java.util.Optional;

/**
 * The customer asking the same thing again ("going round in circles"): this message's MiniLM embedding against
 * the customer's last {@value #REMEMBERED} questions in the conversation. A repeat means the replies so far did not
 * help, whatever the words; {@link FrustrationTrend} hands over on the second repeat in a row, or on a repeat that
 * is itself frustrated. The questions are kept as 8-bit vectors of the redacted text ({@link #remember}), never as
 * text, so nothing of the message is stored twice.
 *
 * @param streak     repeats in a row, this message included (0 when this message asks something new)
 * @param similarity the highest cosine between this message and a remembered question (0 with none)
 * @param rule       {@code same-question} (nearly the same words) or {@code rephrased-question}, when a repeat
 */
public record Repetition(int streak, double similarity, Optional<String> rule) {

    /** Questions of the conversation a new message is compared with. */
    public static final int REMEMBERED = 2;
    /** Embedding dimensions (all-MiniLM-L6-v2). */
    public static final int DIMENSIONS = 384;
    /**
     * Cosine at or above which a message asks the same as an earlier one. Chosen on Banking77 train only
     * ({@code RepetitionTuning}, 8-bit vectors as stored): 9 % of same-intent pairs reach it (an intent holds many
     * different questions; a rephrasing sits closer), 1 in 5,000 pairs of different intents, and for 17 % of the
     * questions the nearest question of another intent does (0.85: 5 %; 0.75: 37 %). A calm repeat hands over only
     * the second time in a row, so one near miss costs nothing.
     */
    public static final double REPHRASED = 0.80;
    /** Cosine at or above which it is practically the same message ("same-question" in the explanation). */
    public static final double SAME = 0.95;

    public static final Repetition NONE = new Repetition(0, 0, Optional.empty());

    public boolean repeated() {
        return streak > 0;
    }

    /**
     * @param remembered     the conversation's remembered questions ({@link #remember}), null or empty for none
     * @param vector         this message's unit embedding
     * @param previousStreak repeats in a row before this message
     */
    public static Repetition of(byte[] remembered, float[] vector, int previousStreak) {
        if (remembered == null || vector == null || vector.length != DIMENSIONS) {
            return NONE;
        }
        double best = 0;
        for (int q = 0; q + DIMENSIONS <= remembered.length; q += DIMENSIONS) {
            best = Math.max(best, cosine(remembered, q, vector));
        }
        if (best < REPHRASED) {
            return new Repetition(0, best, Optional.empty());
        }
        return new Repetition(previousStreak + 1, best, Optional.of(best >= SAME ? "same-question" : "rephrased-question"));
    }

    /** The remembered questions with this one first; the oldest falls out past {@value #REMEMBERED}. */
    public static byte[] remember(byte[] remembered, float[] vector) {
        int kept = remembered == null ? 0 : Math.min(remembered.length / DIMENSIONS, REMEMBERED - 1);
        byte[] out = new byte[(kept + 1) * DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            // A unit vector's parts lie in [-1, 1]: 127 steps each way keep the cosine to about 0.01.
            out[i] = (byte) Math.round(Math.max(-1f, Math.min(1f, vector[i])) * 127);
        }
        if (kept > 0) {
            System.arraycopy(remembered, 0, out, DIMENSIONS, kept * DIMENSIONS);
        }
        return out;
    }

    private static double cosine(byte[] remembered, int offset, float[] vector) {
        double dot = 0, norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            double r = remembered[offset + i];
            dot += r * vector[i];
            norm += r * r;
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }
}
