package com.safesupport.bot.eval;

import com.safesupport.bot.guardrail.LinearModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 79 (bh79, issue 14): the written sensitive look-alikes the {@code sensitive} model is trained with — plain
 * lines negatives (a sensitive word about someone else, in a news item, a film or a product's name), "+ " lines the
 * customer's own situation — split train / dev by {@link GuardrailTraining.Written}'s rule, the dev part never among
 * the training rows; the shipped model says it was trained with them.
 */
class Bh79SensitiveLookalikesTest {

    private static final String FILE = "guardrail/written-sensitive-lookalikes.txt";

    @Test
    void theSplitKeepsTheDevLinesOutOfTraining() throws IOException {
        GuardrailTraining.Written written = GuardrailTraining.Written.load(FILE);
        List<String> train = written.tune();
        List<String> dev = written.report();
        assertTrue(train.size() >= 100, "train " + train.size());
        assertTrue(dev.size() >= 20, "dev " + dev.size());
        assertEquals(written.all().size(), train.size() + dev.size());
        Set<String> trainSet = new HashSet<>(train);
        dev.forEach(line -> assertFalse(trainSet.contains(line), line));
        assertTrue(dev.stream().anyMatch(l -> l.startsWith("+ ")), "a positive in dev");
        assertTrue(dev.stream().anyMatch(l -> !l.startsWith("+ ")), "a negative in dev");
    }

    @Test
    void trainingRowsAreLabelledByTheirMarkAndStayOutOfTheThresholdCeilings() throws IOException {
        GuardrailTraining.Written written = GuardrailTraining.Written.load(FILE);
        long positives = written.all().stream().filter(l -> l.startsWith("+ ")).count();
        assertTrue(positives >= 20 && positives < written.all().size() / 3, "positives " + positives);
        GuardrailTraining.Example negative = GuardrailTraining.sensitiveWrittenRow("What is the rate on the Emergency Savings pot?");
        GuardrailTraining.Example positive = GuardrailTraining.sensitiveWrittenRow("+ I lost my job and cannot pay the loan.");
        assertFalse(negative.positive());
        assertTrue(positive.positive());
        assertEquals("I lost my job and cannot pay the loan.", positive.text());
        // "lookalike" rows train the weights and are left out of the F1 and the false-positive ceilings.
        assertEquals("lookalike", negative.source());
        assertFalse(GuardrailTraining.primary(negative, "conversation"));
    }

    @Test
    void everyLanguageHasLinesOfBothKinds() throws IOException {
        String raw;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(FILE)) {
            raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        String section = null;
        for (String line : raw.lines().map(String::strip).toList()) {
            if (line.matches("# [A-Z][a-z]+, (negatives|positives)")) {
                section = line.substring(2);
            } else if (!line.isEmpty() && !line.startsWith("#") && section != null) {
                boolean positive = line.startsWith("+ ");
                assertEquals(section.endsWith("positives"), positive, line);
                counts.computeIfAbsent(section.substring(0, section.indexOf(',')), k -> new int[2])[positive ? 1 : 0]++;
            }
        }
        assertEquals(Set.of("English", "German", "French", "Dutch", "Spanish", "Italian", "Portuguese", "Polish"), counts.keySet());
        counts.forEach((language, n) -> assertTrue(n[0] >= 10 && n[1] >= 3, language + " " + n[0] + " / " + n[1]));
    }

    @Test
    void theShippedModelWasTrainedWithThem() throws IOException {
        String model;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("guardrail/models/sensitive.model")) {
            model = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(model.contains("train part only (round bh79)"), "the model's comment names the written look-alikes");
        double threshold = LinearModel.load("sensitive").threshold();
        assertTrue(threshold > 0.5 && threshold < 0.95, "threshold " + threshold);
    }
}
