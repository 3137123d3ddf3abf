package com.safesupport.bot.guardrail;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The customer asking the same thing again ("going round in circles"): this message's MiniLM embedding against
 * the customer's last {@value #REMEMBERED} questions in the conversation. A repeat means the replies so far did not
 * help, whatever the words; {@link FrustrationTrend} hands over on the second repeat in a row, or on a repeat that
 * is itself frustrated. The questions are kept as 8-bit vectors of the redacted text ({@link #remember}), never as
 * text, so nothing of the message is stored twice.
 * <p>
 * Not too eager: the streak only grows while the customer keeps asking <em>one</em> question (this message is a
 * repeat of every question of the streak so far, not just of the last one), so a conversation that drifts from
 * question to related question ("how do I reset my PIN", "how do I change my PIN", "can I change it at an ATM") is
 * no circle; and a courtesy message ("ok", "thanks", "hello") is never a repeat, however often it comes. One calm
 * rephrasing (cosine 0.80 to 0.95: "how do I reset my card PIN" and "how do I change my card PIN" are 0.86 apart
 * and get the same article) is answered like any question; it only counts towards a hand-over if it comes again or
 * comes frustrated.
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

    /**
     * A message made of courtesy words only: acknowledging, greeting or thanking is not asking again ("ok" and
     * "okay" are 0.90 apart).
     */
    // Round 19: Unicode-aware. Spaces are any Unicode whitespace (no-break space too); between the words may stand any
    // punctuation or symbol ("thanks…", "ok — got it", "«thank you»", "¡thanks!", "ok 👍🏽") and invisible format
    // characters or emoji variation selectors, not only the ASCII punctuation of \p{Punct} (ASCII symbols such as
    // "+" or "~" are in \p{S}, so nothing matched before is lost).
    private static final String FILLER = "[\\s\\p{P}\\p{S}\\p{Cf}\\x{FE0E}\\x{FE0F}]";
    private static final Pattern COURTESY = Pattern.compile("^" + FILLER + "*(?:(?:ok(?:ay)?|k|yes|yeah|yep|yup|no|nope|"
            + "sure|thanks?|thank\\s+you|thx|ty|cheers|great|perfect|fine|cool|nice|good|alright|all\\s+right|got\\s+it|"
            + "understood|i\\s+see|hi|hello|hey|bye|goodbye|please|so\\s+much|very\\s+much|a\\s+lot|many|again)"
            + FILLER + "*)+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

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
        // Newest first. The questions of the current streak are the newest previousStreak + 1 of them.
        int count = remembered.length / DIMENSIONS;
        int inStreak = Math.min(previousStreak + 1, count);
        double best = 0, leastInStreak = 1;
        for (int q = 0; q < count; q++) {
            double c = cosine(remembered, q * DIMENSIONS, vector);
            best = Math.max(best, c);
            if (q < inStreak) {
                leastInStreak = Math.min(leastInStreak, c);
            }
        }
        if (best < REPHRASED) {
            return new Repetition(0, best, Optional.empty());
        }
        // A repeat of only some of the streak's questions starts a new streak: the customer has moved on.
        int streak = previousStreak > 0 && leastInStreak >= REPHRASED ? previousStreak + 1 : 1;
        return new Repetition(streak, best, Optional.of(best >= SAME ? "same-question" : "rephrased-question"));
    }

    /** As {@link #of(byte[], float[], int)}, but a courtesy message ({@code "ok"}, {@code "thanks"}) is never a repeat. */
    public static Repetition of(String text, byte[] remembered, float[] vector, int previousStreak) {
        if (text != null && courtesy(text)) {
            return NONE;
        }
        return of(remembered, vector, previousStreak);
    }

    /** Whether the message is courtesy words only (acknowledging, greeting, thanking): asking nothing, so repeating nothing. */
    public static boolean courtesy(String text) {
        return text.length() <= 80 && COURTESY.matcher(text).matches();
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
