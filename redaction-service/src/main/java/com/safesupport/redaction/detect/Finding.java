package com.safesupport.redaction.detect;

/**
 * One detected entity. Offsets point into the caller's original text (end exclusive). The value itself is
 * deliberately not part of this record, so a finding can be logged or printed without leaking it.
 *
 * @param recognizer  the recogniser that proposed the span
 * @param validator   the checksum or parser that confirmed it, if any
 * @param contextWord the nearby word that raised its score, if any
 * @param baseScore   the score before context enhancement
 * @param patternName the name of the caller's pattern that matched ({@code deny_list} for a deny list), for a
 *                    recogniser sent with the request; null for the engine's own recognisers
 * @param pattern     that pattern's expression as the caller sent it; null otherwise (and for a deny list)
 */
public record Finding(String type, int start, int end, double score, String recognizer, String validator,
                      String contextWord, double baseScore, String patternName, String pattern) {

    public Finding(String type, int start, int end, double score, String recognizer, String validator, String contextWord,
                   double baseScore) {
        this(type, start, end, score, recognizer, validator, contextWord, baseScore, null, null);
    }

    /** Whether a recogniser sent with the request (Presidio's ad-hoc recognisers) found it. */
    public boolean adHoc() {
        return patternName != null;
    }

    public int length() {
        return end - start;
    }
}
