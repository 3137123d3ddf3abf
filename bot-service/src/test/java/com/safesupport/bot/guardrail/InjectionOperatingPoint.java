package com.safesupport.bot.guardrail;

/**
 * Round 41 (docs/bot-evaluation.md), evaluation only: the injection screen as deployed (a rule fires, or the shipped
 * classifier scores at or above a threshold, with {@link InputScreen}'s other-language and how-to hold-backs), at a
 * threshold other than the model file's, so that a candidate operating point can be checked on tune text.
 */
public final class InjectionOperatingPoint {

    private static final LinearModel MODEL = LinearModel.load("prompt-injection");

    private final String text;
    private final double[] rules;
    private final double p;

    private InjectionOperatingPoint(String text, double[] rules, double p) {
        this.text = text;
        this.rules = rules;
        this.p = p;
    }

    /** The message scored once (rules and classifier); {@code vector} is its unit embedding. */
    public static InjectionOperatingPoint of(String text, float[] vector) {
        return of(MODEL, text, vector);
    }

    /** The same scored by {@code model} (round 42: a candidate's weights, e.g. {@code LinearModel.parse} of its file). */
    public static InjectionOperatingPoint of(LinearModel model, String text, float[] vector) {
        double[] rules = PromptInjectionDetector.signals(text);
        return new InjectionOperatingPoint(text, rules, model.probability(text, vector, rules));
    }

    /** Whether the screen refuses the message at {@code threshold}. */
    public boolean refused(double threshold) {
        return InputScreen.injection(PromptInjectionDetector.rule(rules), p, threshold, text).hit();
    }

    /** The shipped model file's threshold. */
    public static double shippedThreshold() {
        return MODEL.threshold();
    }
}
