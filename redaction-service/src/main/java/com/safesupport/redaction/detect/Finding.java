package com.safesupport.redaction.detect;

/**
 * One detected entity. Offsets point into the caller's original text (end exclusive). The value itself is
 * deliberately not part of this record, so a finding can be logged or printed without leaking it.
 *
 * @param recognizer  the recogniser that proposed the span
 * @param validator   the checksum or parser that confirmed it, if any
 * @param contextWord the nearby word that raised its score, if any
 * @param baseScore   the score before context enhancement
 */
public record Finding(String type, int start, int end, double score, String recognizer, String validator,
                      String contextWord, double baseScore) {

    public int length() {
        return end - start;
    }
}
