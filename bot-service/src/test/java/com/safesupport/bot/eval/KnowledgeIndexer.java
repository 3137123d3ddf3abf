package com.safesupport.bot.eval;

import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.VectorCache;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes {@code vectors.bin} for a knowledge-base folder, so the service does not embed every text at start-up, nor
 * compute the dense index's principal directions (a ConfigMap's folder: {@code -Dexec.args=<folder>}). Run after
 * changing the bundled articles, the second time for the directions of the jar's knowledge base ({@code --bundled}:
 * its rows come in {@code index.txt}'s order; the vectors are left byte for byte):
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval \
 *   -Dexec.mainClass=com.safesupport.bot.eval.KnowledgeIndexer -Dexec.args="bot-service/src/main/resources/kb"
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval \
 *   -Dexec.mainClass=com.safesupport.bot.eval.KnowledgeIndexer -Dexec.args="bot-service/src/main/resources/kb --bundled"
 * </pre>
 */
public final class KnowledgeIndexer {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/kb");
        if (args.length > 1 && args[1].equals("--bundled")) {
            // The jar's own knowledge base: its articles come in index.txt's order, not the folder's, and so do the
            // rows the directions are computed from; its vectors stay as they are.
            KnowledgeBase.standalone(MiniLm.instance(), Optional.empty()).writeBasis(folder.resolve("vectors.bin"));
            System.out.println("Wrote the bundled knowledge base's principal directions to " + folder.resolve("vectors.bin"));
            return;
        }
        KnowledgeBase kb = KnowledgeBase.standalone(MiniLm.instance(), Optional.of(folder.toString()));
        try (OutputStream out = Files.newOutputStream(folder.resolve("vectors.bin"))) {
            VectorCache.write(kb.vectorsByText(), out);
        }
        // The principal directions of the dense index, computed from the vectors as the service reads them back.
        KnowledgeBase.standalone(MiniLm.instance(), Optional.of(folder.toString())).writeBasis(folder.resolve("vectors.bin"));
        System.out.println("Wrote " + kb.vectorsByText().size() + " vectors and their principal directions to "
                + folder.resolve("vectors.bin"));
    }
}
