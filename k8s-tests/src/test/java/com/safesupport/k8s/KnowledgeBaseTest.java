package com.safesupport.k8s;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Volume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge base ConfigMap: mounted where BOT_KNOWLEDGE_PATH points, every article in bot-service's format. */
class KnowledgeBaseTest {

    @ParameterizedTest
    @MethodSource("com.safesupport.k8s.Overlays#names")
    void theKnowledgeBaseIsMountedReadOnlyWhereTheBotReadsIt(String overlay) {
        Manifests m = Overlays.rendered(overlay);
        Manifests.Workload bot = m.suiteServices().stream().filter(w -> w.name().equals("bot-service")).findFirst().orElseThrow();
        V1Container c = bot.template().getSpec().getContainers().getFirst();
        String path = ContainerEnv.of(m, c).values().get("BOT_KNOWLEDGE_PATH");
        var mount = c.getVolumeMounts().stream().filter(vm -> vm.getMountPath().equals(path)).findFirst();
        assertTrue(mount.isPresent(), "a volume is mounted at BOT_KNOWLEDGE_PATH=" + path);
        assertEquals(Boolean.TRUE, mount.get().getReadOnly());
        V1Volume volume = bot.template().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.get().getName())).findFirst().orElseThrow();
        V1ConfigMap kb = ContainerEnv.configMap(m, volume.getConfigMap().getName()).orElseThrow();
        articlesAreValid(kb);
    }

    /** The rules of bot-service's ArticleParser: front matter with id and title, a body; ids unique. */
    private static void articlesAreValid(V1ConfigMap kb) {
        assertFalse(kb.getData().isEmpty(), "the knowledge base is empty");
        Set<String> ids = new HashSet<>();
        long bytes = 0;
        for (var e : kb.getData().entrySet()) {
            bytes += e.getValue().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(e.getKey().endsWith(".md") || e.getKey().endsWith(".tsv"), e.getKey() + ": the bot reads only .md and .tsv");
            if (!e.getKey().endsWith(".md")) {
                continue;
            }
            String text = e.getValue().replace("\r\n", "\n").strip();
            assertTrue(text.startsWith("---\n"), e.getKey() + " has no front matter");
            int end = text.indexOf("\n---", 4);
            assertTrue(end > 0, e.getKey() + " has an unterminated front matter");
            String front = "\n" + text.substring(4, end) + "\n";
            String id = field(front, "id");
            assertFalse(id.isBlank(), e.getKey() + " lacks an id");
            assertFalse(field(front, "title").isBlank(), e.getKey() + " lacks a title");
            assertFalse(text.substring(end + 4).isBlank(), e.getKey() + " has no body");
            assertTrue(ids.add(id), "duplicate article id " + id);
        }
        // ConfigMaps hold at most 1 MiB; client-side apply also copies it into a 256 KiB annotation.
        assertTrue(bytes < 200 * 1024, "knowledge base of " + bytes + " bytes: split it or apply with --server-side");
    }

    private static String field(String front, String key) {
        for (String line : front.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals(key)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }
}
