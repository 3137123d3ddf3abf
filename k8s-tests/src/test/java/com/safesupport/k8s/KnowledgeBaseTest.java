package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1Container;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base is one thing, shipped in the image: the articles, the Banking77 examples and their precomputed
 * vectors that the evaluation figures were measured with. No overlay swaps in a partial copy (a ConfigMap cannot
 * hold the ~9.5 MB), so a deployment answers as the figures say.
 */
class KnowledgeBaseTest {

    private static final Path BUNDLED = Repo.ROOT.resolve("bot-service/src/main/resources/kb");

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void everyOverlayAnswersFromTheKnowledgeBaseInTheImage(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        Manifests.Workload bot = m.suiteServices().stream().filter(w -> w.name().equals("bot-service")).findFirst().orElseThrow();
        V1Container c = bot.template().getSpec().getContainers().getFirst();
        String path = ContainerEnv.of(m, c).values().get("BOT_KNOWLEDGE_PATH");
        assertTrue(path == null || path.isBlank(), overlay + " replaces the image's knowledge base with BOT_KNOWLEDGE_PATH=" + path);
        assertFalse(m.ofKind("ConfigMap").stream().anyMatch(cm -> cm.node().path("metadata").path("name").asText().contains("knowledge-base")),
                overlay + " still renders a knowledge-base ConfigMap");
    }

    @Test
    void theImageCarriesTheArticlesTheExamplesAndTheirVectors() throws IOException {
        List<String> index = Files.readAllLines(BUNDLED.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        assertTrue(index.contains("banking77-examples.tsv"), "the Banking77 examples are not in the bundled index");
        assertTrue(index.stream().filter(n -> n.endsWith(".md")).count() >= 90, "articles in the bundled index: " + index.size());
        for (String name : index) {
            assertTrue(Files.isRegularFile(BUNDLED.resolve(name)), name + " is listed but missing");
        }
        assertTrue(Files.size(BUNDLED.resolve("vectors.bin")) > 1_000_000, "precomputed vectors missing");
        // The native image keeps the folder as resources; the JVM image has it inside the jar.
        String properties = Files.readString(Repo.ROOT.resolve("bot-service/src/main/resources/application.properties"));
        List<String> included = properties.lines().map(String::strip)
                .filter(l -> l.startsWith("quarkus.native.resources.includes="))
                .flatMap(l -> java.util.Arrays.stream(l.substring(l.indexOf('=') + 1).split(",")).map(String::strip))
                .toList();
        assertTrue(included.contains("kb/**"), "the native image does not include kb/**: " + included);
        assertEquals(List.of(), index.stream().filter(n -> n.contains("/")).toList(), "the index names files of the folder only");
    }
}
