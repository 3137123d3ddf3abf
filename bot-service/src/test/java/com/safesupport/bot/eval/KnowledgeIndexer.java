package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.VectorCache;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes {@code vectors.bin} for a knowledge-base folder, so the service does not embed every text at start-up.
 * Run after changing the bundled articles:
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval \
 *   -Dexec.mainClass=com.safesupport.bot.eval.KnowledgeIndexer -Dexec.args="bot-service/src/main/resources/kb"
 * </pre>
 */
public final class KnowledgeIndexer {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/kb");
        KnowledgeBase kb = KnowledgeBase.standalone(MiniLm.instance(), Optional.of(folder.toString()));
        try (OutputStream out = Files.newOutputStream(folder.resolve("vectors.bin"))) {
            VectorCache.write(kb.vectorsByText(), out);
        }
        System.out.println("Wrote " + kb.vectorsByText().size() + " vectors to " + folder.resolve("vectors.bin"));
    }
}
