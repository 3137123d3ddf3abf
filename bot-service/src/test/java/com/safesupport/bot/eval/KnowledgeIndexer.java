package com.safesupport.bot.eval;

import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.VectorCache;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes {@code vectors.bin} for a knowledge-base folder, so the service does not embed every text at start-up.
 * Run after changing the bundled articles:
 * <pre>
 * ./mvnw -B -q -pl bot-service test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.safesupport.bot.eval.KnowledgeIndexer -Dexec.args="src/main/resources/kb"
 * </pre>
 * With no argument the bundled KB is read from the classpath and the file goes to {@code src/main/resources/kb}.
 */
public final class KnowledgeIndexer {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/kb");
        KnowledgeBase kb = KnowledgeBase.standalone(new AllMiniLmL6V2EmbeddingModel(), Optional.of(folder.toString()));
        try (OutputStream out = Files.newOutputStream(folder.resolve("vectors.bin"))) {
            VectorCache.write(kb.vectorsByText(), out);
        }
        System.out.println("Wrote " + kb.vectorsByText().size() + " vectors to " + folder.resolve("vectors.bin"));
    }
}
