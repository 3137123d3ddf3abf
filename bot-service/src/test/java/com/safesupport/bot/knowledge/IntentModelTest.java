package com.safesupport.bot.knowledge;

import com.safesupport.bot.embedding.Embedder;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intent softmax that retrieval adds to an article's score: its arithmetic, its text form, the shipped weights. */
class IntentModelTest {

    private static final IntentModel TWO = new IntentModel(List.of("card_arrival", "change_pin"), 2,
            new float[]{3f, 0f, 0f, 3f}, new float[]{0f, 0.5f}, 0.125);

    @Test
    void probabilitiesAreASoftmaxOfTheWeightedEmbedding() {
        double[] p = TWO.probabilities(new float[]{1f, 0f});
        assertEquals(1.0, p[0] + p[1], 1e-12);
        double expected = Math.exp(3) / (Math.exp(3) + Math.exp(0.5));
        assertEquals(expected, p[0], 1e-9);
        assertTrue(TWO.probabilities(new float[]{0f, 1f})[1] > 0.9);
    }

    @Test
    void theTextFormRoundTrips() {
        IntentModel back = IntentModel.parse(TWO.format("a comment\nover two lines"));
        assertEquals(TWO.intents(), back.intents());
        assertEquals(TWO.weight(), back.weight(), 1e-9);
        assertArrayEquals(TWO.probabilities(new float[]{0.6f, 0.8f}), back.probabilities(new float[]{0.6f, 0.8f}), 1e-6);
    }

    @Test
    void aVectorOfTheWrongSizeOrAMalformedModelIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TWO.probabilities(new float[3]));
        assertThrows(IllegalArgumentException.class, () -> IntentModel.parse("dimensions=2\nweight=0.1\nw.a=0 1\n"));
        assertThrows(IllegalArgumentException.class, () -> new IntentModel(List.of("a"), 2, new float[3], new float[1], 0.1));
    }

    @Test
    void theShippedModelCoversTheBundledArticlesIntents() {
        IntentModel model = IntentModel.bundled().orElseThrow();
        assertEquals(384, model.dimensions());
        assertEquals(77, model.intents().size());
        assertTrue(model.weight() > 0 && model.weight() < 0.5, "the prior only breaks near ties: " + model.weight());
        // Every intent the model knows is an article of the bundled knowledge base (by its intent field).
        Set<String> articleIntents = Arrays.stream(resource("kb/index.txt").split("\n")).map(String::strip).filter(n -> n.endsWith(".md"))
                .map(n -> ArticleParser.parse(n, resource("kb/" + n)).intent()).collect(Collectors.toSet());
        assertTrue(articleIntents.containsAll(model.intents()), "intents without an article: "
                + model.intents().stream().filter(i -> !articleIntents.contains(i)).toList());
        double[] p = model.probabilities(Embedder.unit(new float[384]));
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-9);
    }

    private static String resource(String path) {
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
