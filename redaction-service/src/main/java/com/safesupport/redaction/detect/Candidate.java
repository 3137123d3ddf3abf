package com.safesupport.redaction.detect;

/**
 * A span a recogniser proposes, in the coordinates of the normalised text. Mutable while the analyzer
 * enhances it with context; turned into a {@link Finding} in original coordinates at the end.
 */
public final class Candidate {

    final String type;
    final int start;
    final int end;
    final double baseScore;
    double score;
    final Recognizer recognizer;
    final String validator;
    /** Dropped unless a context word is found near it (identifiers that are just digits otherwise). */
    final boolean requiresContext;
    /**
     * For a candidate that {@link #requiresContext}: the score it keeps when no context word is near (a context-free
     * identifier stays low-score: seen at threshold 0, never at the default), or 0 to drop it.
     */
    double withoutContext;
    String contextWord;

    public Candidate(String type, int start, int end, double score, Recognizer recognizer, String validator,
                     boolean requiresContext) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.baseScore = score;
        this.score = score;
        this.recognizer = recognizer;
        this.validator = validator;
        this.requiresContext = requiresContext;
    }

    public Candidate(String type, int start, int end, double score, Recognizer recognizer, String validator) {
        this(type, start, end, score, recognizer, validator, false);
    }

    /** A candidate whose recogniser already looked at the context itself. */
    public Candidate withContext(String word) {
        this.contextWord = word;
        return this;
    }

    public String type() {
        return type;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public double score() {
        return score;
    }
}
