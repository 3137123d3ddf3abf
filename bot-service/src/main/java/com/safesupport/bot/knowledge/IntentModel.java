package com.safesupport.bot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A softmax (multinomial logistic regression) over a question's all-MiniLM-L6-v2 sentence embedding that estimates
 * which support intent it asks about, trained on the Banking77 train split by
 * {@code com.safesupport.bot.eval.IntentTraining} and shipped as a text resource. Retrieval adds
 * {@code weight × p(article's intent)} to an article's blended score when it ranks the candidates; the confidence the
 * pipeline decides on stays the blended score of the article ranked first.
 */
public record IntentModel(List<String> intents, int dimensions, float[] weights, float[] bias, double weight) {

    static final String RESOURCE = "kb/intents.model";

    public IntentModel {
        intents = List.copyOf(intents);
        if (weights.length != intents.size() * dimensions || bias.length != intents.size()) {
            throw new IllegalArgumentException("An intent model needs " + intents.size() + " × " + dimensions + " weights");
        }
    }

    /** The probability of each intent, in the order of {@link #intents}. */
    public double[] probabilities(float[] embedding) {
        if (embedding.length != dimensions) {
            throw new IllegalArgumentException("The intent model reads " + dimensions + " values, got " + embedding.length);
        }
        double[] z = new double[intents.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            int at = c * dimensions;
            for (int i = 0; i < dimensions; i++) {
                s += weights[at + i] * embedding[i];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** Position of each intent in {@link #probabilities}. */
    public Map<String, Integer> positions() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            out.put(intents.get(i), i);
        }
        return out;
    }

    /** The bundled model, if the jar has one. */
    public static Optional<IntentModel> bundled() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text form: {@code key=value} lines ({@code #} comments); one {@code w.<intent>=} line of weights per intent. */
    public static IntentModel parse(String text) {
        Map<String, String> fields = new HashMap<>();
        List<String> intents = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                String key = line.substring(0, eq).strip();
                fields.put(key, line.substring(eq + 1).strip());
                if (key.startsWith("w.")) {
                    intents.add(key.substring(2));
                }
            }
        }
        int dimensions = Integer.parseInt(fields.get("dimensions"));
        float[] weights = new float[intents.size() * dimensions];
        float[] bias = new float[intents.size()];
        for (int c = 0; c < intents.size(); c++) {
            String[] w = fields.get("w." + intents.get(c)).split(" ");
            if (w.length != dimensions + 1) {
                throw new IllegalArgumentException("Intent " + intents.get(c) + " has " + w.length + " values, expected bias + " + dimensions);
            }
            bias[c] = Float.parseFloat(w[0]);
            for (int i = 0; i < dimensions; i++) {
                weights[c * dimensions + i] = Float.parseFloat(w[i + 1]);
            }
        }
        return new IntentModel(intents, dimensions, weights, bias, Double.parseDouble(fields.get("weight")));
    }

    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append("dimensions=").append(dimensions).append('\n');
        out.append("weight=").append(String.format(Locale.ROOT, "%.4f", weight)).append('\n');
        for (int c = 0; c < intents.size(); c++) {
            out.append("w.").append(intents.get(c)).append('=').append(String.format(Locale.ROOT, "%.5f", bias[c]));
            for (int i = 0; i < dimensions; i++) {
                out.append(' ').append(String.format(Locale.ROOT, "%.5f", weights[c * dimensions + i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The same weights with another blend weight. */
    public IntentModel withWeight(double w) {
        return new IntentModel(intents, dimensions, weights, bias, w);
    }
}
