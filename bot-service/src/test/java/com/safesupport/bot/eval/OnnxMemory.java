package com.safesupport.bot.eval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.safesupport.bot.embedding.MiniLm;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What ONNX Runtime's CPU arena and memory-pattern planning cost in native memory: loads the 8-bit MiniLM with
 * {@link MiniLm}'s session options, with the two switched on ({@code arena}, ONNX Runtime's default) or off
 * ({@code plain}, what {@link MiniLm} does), embeds support-message-like texts and prints the process's anonymous
 * RSS after loading and after the texts, the process CPU, and a hash of every vector's bits (equal hashes: the same
 * vectors). One mode per JVM; run each a few times, interleaved, with the Java heap pre-touched so that only native
 * memory moves. Not a test:
 * <pre>
 * for m in arena plain arena plain; do ./mvnw -B -q -pl bot-service -am test-compile -Peval \
 *   -Dexec.mainClass=com.safesupport.bot.eval.OnnxMemory -Dexec.args="$m 1000"; done
 * </pre>
 * (with {@code MAVEN_OPTS="-Xms256m -Xmx256m -XX:+AlwaysPreTouch"}).
 */
public final class OnnxMemory {

    private static final String[] TEXTS = {
        "hi",
        "I want to talk to a real person please",
        "My card was charged twice for the same purchase at the supermarket yesterday and I would like the second"
            + " payment refunded as soon as possible, can you help me with that?",
        "How do I change my PIN?",
        "Why has my transfer not arrived yet? I sent it three days ago and the other bank says nothing came in. ".repeat(3),
    };

    public static void main(String[] args) throws Exception {
        boolean arena = switch (args.length > 0 ? args[0] : "") {
            case "arena" -> true;
            case "plain" -> false;
            default -> throw new IllegalArgumentException("usage: OnnxMemory arena|plain [texts]");
        };
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.gc();
        String before = rss();
        Model model = new Model(arena);
        System.gc();
        String loaded = rss();
        long bits = 1;
        for (int i = 0; i < n; i++) {
            for (float x : model.embed(TEXTS[i % TEXTS.length] + " " + i).content().vector()) {
                bits = bits * 31 + Float.floatToIntBits(x);
            }
        }
        System.gc();
        long cpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime() / 1_000_000;
        System.out.printf(Locale.ROOT, "%s: before %s, loaded %s, after %d texts %s; process CPU %d ms; vectors %016x%n",
            arena ? "arena" : "plain", before, loaded, n, rss(), cpuMs, bits);
    }

    /** The process's anonymous and file-backed resident memory (Linux). */
    private static String rss() throws IOException {
        long anon = 0;
        long file = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("RssAnon:")) {
                anon = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("RssFile:")) {
                file = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return (anon / 1024) + "+" + (file / 1024) + " MB";
    }

    /** {@link MiniLm}'s model and session options, with ONNX Runtime's arena and memory patterns on or off. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(boolean arena) throws OrtException, IOException {
            super(null);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setCPUArenaAllocator(arena);
            options.setMemoryPatternOptimization(arena);
            byte[] onnx;
            try (InputStream in = stream(MiniLm.ID + ".onnx")) {
                onnx = in.readAllBytes();
            }
            OrtSession session = environment.createSession(onnx, options);
            try (InputStream tokenizer = stream(MiniLm.ID + "-tokenizer.json")) {
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        private static InputStream stream(String name) {
            InputStream in = OnnxMemory.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in;
        }
    }
}
