package com.safesupport.redaction.detect;

/**
 * Confirms or rejects a candidate by its structure (a checksum, a number plan, a range rule).
 */
public interface Validator {

    String name();

    /**
     * @return the candidate's new score, or a negative number to reject it
     */
    double check(String value, double score);

    static Validator of(String name, java.util.function.Predicate<String> valid, double confirmedScore) {
        return new Validator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double check(String value, double score) {
                return valid.test(value) ? Math.max(score, confirmedScore) : -1;
            }
        };
    }
}
