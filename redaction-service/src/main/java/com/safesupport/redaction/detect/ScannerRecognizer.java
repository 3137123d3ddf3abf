package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Base of the hand-written recognisers: a name, the type(s) it reports and its validator's name. Each
 * subclass scans from cheap triggers (a digit run, an '@', a keyword of the context index) and examines a
 * bounded window around each, so the whole engine stays linear in the text's length.
 */
abstract class ScannerRecognizer implements Recognizer {

    private final String name;
    private final Set<String> types;
    private final String validator;

    ScannerRecognizer(String name, String validator, String... types) {
        this.name = name;
        this.validator = validator;
        this.types = Set.of(types);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> types() {
        return types;
    }

    @Override
    public String validator() {
        return validator;
    }

    final void add(List<Candidate> out, String type, int start, int end, double score, String confirmedBy) {
        out.add(new Candidate(type, start, end, score, this, confirmedBy));
    }

    final void addNeedingContext(List<Candidate> out, String type, int start, int end, double score, String confirmedBy) {
        out.add(new Candidate(type, start, end, score, this, confirmedBy, true));
    }

    /** Score of a context-needing identifier that has no context word near: below any useful threshold, seen at 0. */
    static final double WITHOUT_CONTEXT = 0.05;

    /**
     * As {@link #addNeedingContext}, but without a context word near the candidate stays, at {@link #WITHOUT_CONTEXT}:
     * a bare number of the right shape and checksum (a routing number, a passport) is reported to a caller who asks
     * for threshold 0, as Presidio's low-score patterns are, and never at the default threshold.
     */
    final void addLowWithoutContext(List<Candidate> out, String type, int start, int end, double score, String confirmedBy) {
        Candidate c = new Candidate(type, start, end, score, this, confirmedBy, true);
        c.withoutContext = WITHOUT_CONTEXT;
        out.add(c);
    }
}
