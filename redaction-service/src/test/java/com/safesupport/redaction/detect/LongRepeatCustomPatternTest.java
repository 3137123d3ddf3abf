package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deployment's custom recogniser searches again one character after a match it rejects (so a rejected match hides
 * no valid one inside it). With an open-ended pattern on a long run each such search read to the run's end again:
 * quadratic in the run (found by the lq sweep's reading of the code). The searches now stop overlapping past a
 * budget of 16 times the text, which bounds the work on any input.
 */
class LongRepeatCustomPatternTest {

    private static final Validator NEVER = Validator.of("never", v -> false, 0);

    private static PatternRecognizer recognizer(String regex, Validator validator) {
        PatternRecognizer.Builder b = PatternRecognizer.builder("account", "ACCOUNT_NUMBER").shape(regex, 0.5, 0);
        return (validator == null ? b : b.validator(validator)).build();
    }

    private static List<Candidate> found(PatternRecognizer r, String text) {
        List<Candidate> out = new ArrayList<>();
        r.recognize(TextNormalizer.normalize(text, "en"), out);
        return out;
    }

    @Test
    void rejectedOpenEndedMatchesOnALongRunStayLinear() {
        for (String regex : List.of("\\d{9,}", "(?<![0-9])\\d{9,}(?![0-9])", "[A-Z0-9]{6,}")) {
            PatternRecognizer r = recognizer(regex, NEVER);
            String small = "1234567890".repeat(205);
            String large = small.repeat(32);
            double ratio = CpuLinearity.ratio(small, large, 32, t -> found(r, t));
            System.out.printf("custom pattern %s, one run of 64 kB / (32 x 2 kB) CPU time ratio %.2f%n", regex, ratio);
            assertTrue(ratio < 8, "must stay linear, ratio " + ratio + " for " + regex);
        }
    }

    @Test
    void aValidMatchInsideARejectedOneIsStillFoundOnOrdinaryText() {
        // "9411111111111111" fails Luhn; "4111111111111111", one character later, is found by the retry.
        Validator luhn = Validator.of("luhn", v -> Checksums.luhn(Checksums.digits(v)), 0);
        PatternRecognizer r = recognizer("\\d{16}", luhn);
        List<Candidate> out = found(r, "ref 94111111111111111 paid");
        assertEquals(1, out.size(), "the valid 16 digits after the leading 9");
        assertEquals("4111111111111111", "ref 94111111111111111 paid".substring(out.get(0).start, out.get(0).end));
    }
}
