package com.safesupport.bot.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * all-MiniLM-L6-v2 quantised to 8-bit integers (LangChain4j's {@code all-minilm-l6-v2-q} ONNX file), run by ONNX
 * Runtime on the calling thread. Two choices against the LangChain4j default, both measured (docs/bot.md,
 * "CPU per message"): the quantised model costs about a third of the float one per message with cosine 0.99
 * between their vectors; and one intra-op thread without spinning keeps a message's CPU on the request thread
 * (the default pool of one spinning thread per core doubled the process CPU per message for the same latency).
 * Without ONNX Runtime's CPU arena and memory-pattern planning, which keep buffers sized for the largest input seen
 * for the life of the session: about 14 MB less native memory once loaded and 5 MB less after 1,000 messages, the
 * same vectors bit for bit and no CPU difference measurable on 2 cores (docs/bot.md, "Memory").
 * Bulk embedding ({@code embedAll}, start-up indexing) still spreads texts over LangChain4j's executor.
 */
public final class MiniLm extends AbstractInProcessEmbeddingModel {

    /** Names the vectors this model produces: {@code vectors.bin} files written by another model are ignored. */
    public static final String ID = "all-minilm-l6-v2-q";

    /*
     * Created on first use, not by a holder class's initialiser: the native-image builder (class initialisation is
     * at run time by default) still initialised the holder during analysis and folded its constant, which put an ONNX
     * session and the tokenizer's native handle into the image heap, and failed the build. A plain field read is
     * never folded, so the model is loaded in the running executable, on first use.
     */
    private static volatile MiniLm instance;

    private final OnnxBertBiEncoder encoder;

    private MiniLm() {
        super(null);
        try {
            // In the native executable the libraries and the model come from its folder (NativeFiles), not resources.
            Optional<Path> files = NativeFiles.folder();
            files.ifPresent(NativeFiles::useLibraries);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            OrtSession session = files.isPresent()
                    ? environment.createSession(files.get().resolve(ID + ".onnx").toString(), options)
                    : environment.createSession(resource(ID + ".onnx"), options);
            try (InputStream tokenizer = stream(ID + "-tokenizer.json")) {
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model " + ID, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one model of the process (about 23 MB of weights, loaded on first use). */
    public static MiniLm instance() {
        MiniLm m = instance;
        if (m == null) {
            synchronized (MiniLm.class) {
                m = instance;
                if (m == null) {
                    instance = m = new MiniLm();
                }
            }
        }
        return m;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) {
        InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing embedding model resource " + name);
        }
        return in;
    }
}
