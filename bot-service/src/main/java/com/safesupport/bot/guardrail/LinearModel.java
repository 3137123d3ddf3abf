package com.safesupport.bot.guardrail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic-regression classifier over a message's sentence embedding (all-MiniLM-L6-v2, unit length) and a few
 * rule signals, and optionally the message's hashed words ({@link WordFeatures}, {@code words} slots), shipped as a
 * small text resource written by the training runner ({@code com.safesupport.bot.eval.GuardrailTraining}). The
 * weights are in the order embedding, word slots, rule signals. {@code probability} is the model's estimate in
 * [0, 1]; {@code threshold} the operating point chosen on the training data's cross-validation folds.
 */
public record LinearModel(String name, List<String> signals, int words, boolean chars, float[] weights, double bias, double threshold) {

    static final String FOLDER = "guardrail/models/";

    public LinearModel {
        signals = List.copyOf(signals);
    }

    /** A model whose word slots hold words and word pairs only (no character 4-grams). */
    public LinearModel(String name, List<String> signals, int words, float[] weights, double bias, double threshold) {
        this(name, signals, words, false, weights, bias, threshold);
    }

    /** A model without word features. */
    public LinearModel(String name, List<String> signals, float[] weights, double bias, double threshold) {
        this(name, signals, 0, false, weights, bias, threshold);
    }

    /** The probability for a model without word features; {@code signals} in the order the model lists. */
    public double probability(float[] embedding, double[] ruleSignals) {
        return probability(embedding, WordFeatures.EMPTY, ruleSignals);
    }

    /** The probability of a message (its text is hashed into {@link #words} slots when the model reads words). */
    public double probability(String text, float[] embedding, double[] ruleSignals) {
        return probability(embedding, features(text), ruleSignals);
    }

    /** The message's hashed words (and character 4-grams when the model reads them) as this model reads them. */
    public WordFeatures features(String text) {
        return words > 0 ? WordFeatures.of(text, words, chars) : WordFeatures.EMPTY;
    }

    /** The probability that the message belongs to the model's class; {@code signals} in the order the model lists. */
    public double probability(float[] embedding, WordFeatures text, double[] ruleSignals) {
        if (embedding.length + words + ruleSignals.length != weights.length) {
            throw new IllegalArgumentException(name + " expects " + weights.length + " features, got "
                    + (embedding.length + words + ruleSignals.length));
        }
        double z = bias;
        for (int i = 0; i < embedding.length; i++) {
            z += weights[i] * embedding[i];
        }
        for (int slot : text.indices()) {
            z += weights[embedding.length + slot] * text.value();
        }
        int signalsAt = embedding.length + words;
        for (int i = 0; i < ruleSignals.length; i++) {
            z += weights[signalsAt + i] * ruleSignals[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Loads {@code guardrail/models/<name>.model} from the class path. */
    public static LinearModel load(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + name + ".model")) {
            if (in == null) {
                throw new IllegalStateException("Missing guardrail model " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text form: {@code key=value} lines ({@code #} comments), weights space-separated. */
    public static LinearModel parse(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        String[] w = fields.getOrDefault("weights", "").split(" ");
        float[] weights = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            weights[i] = Float.parseFloat(w[i]);
        }
        String signals = fields.getOrDefault("signals", "");
        return new LinearModel(fields.get("name"), signals.isEmpty() ? List.of() : List.of(signals.split(",")),
                Integer.parseInt(fields.getOrDefault("words", "0")), Boolean.parseBoolean(fields.getOrDefault("chars", "false")), weights,
                Double.parseDouble(fields.get("bias")), Double.parseDouble(fields.get("threshold")));
    }

    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append("name=").append(name).append('\n');
        out.append("signals=").append(String.join(",", signals)).append('\n');
        if (words > 0) {
            out.append("words=").append(words).append('\n');
        }
        if (chars) {
            out.append("chars=true").append('\n');
        }
        out.append("bias=").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
        out.append("threshold=").append(String.format(Locale.ROOT, "%.4f", threshold)).append('\n');
        out.append("weights=");
        String[] parts = new String[weights.length];
        for (int i = 0; i < weights.length; i++) {
            // A word slot no training text hashed into keeps the weight 0: written short.
            parts[i] = weights[i] == 0 ? "0" : String.format(Locale.ROOT, "%.5f", weights[i]);
        }
        out.append(String.join(" ", parts)).append('\n');
        return out.toString();
    }

    @Override
    public String toString() {
        return "LinearModel[" + name + ", " + weights.length + " weights, threshold " + threshold + ", signals "
                + signals + ", first weights " + Arrays.toString(Arrays.copyOf(weights, 3)) + "]";
    }
}
