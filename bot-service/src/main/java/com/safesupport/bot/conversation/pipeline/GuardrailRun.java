package com.safesupport.bot.conversation.pipeline;

/**
 * One check that ran on a turn and its outcome ({@code PASS}, {@code HIT}, {@code HIT:<detail>}, {@code UNAVAILABLE},
 * …), with the rule that fired and a learned classifier's score when the guardrail has them.
 */
public record GuardrailRun(String name, String outcome, String rule, Double score) {

    public GuardrailRun(String name, String outcome) {
        this(name, outcome, null, null);
    }

    /** The decision record's form: {@code name=OUTCOME}, then {@code ;rule=...} and {@code ;score=0.123} when known. */
    public String recorded() {
        return name + "=" + outcome + (rule == null ? "" : ";rule=" + rule)
                + (score == null ? "" : ";score=" + String.format(java.util.Locale.ROOT, "%.3f", score));
    }
}
