package com.safesupport.bot.embedding;

import io.quarkus.runtime.ImageMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The native executable's run-time files: a folder beside it ({@value #FOLDER}) with ONNX Runtime's and DJL's
 * tokenizer's native libraries, the embedding model and the bundled knowledge base's {@code vectors.bin}, which the
 * executable reads from there instead of carrying them as resources (the native build, {@code -Pnative}, fills it;
 * the container image copies it beside the executable). Read once at start-up, resources would stay resident as
 * pages of the executable and the libraries were extracted to a temporary folder on every start (docs/local-stack.md,
 * "Idle RSS of bot-service"). {@code -Dbot.native-files=<folder>} (or {@code BOT_NATIVE_FILES}) names another
 * folder. On the JVM nothing changes: everything still comes from the jars.
 */
public final class NativeFiles {

    /** The folder's name beside the executable. */
    public static final String FOLDER = "native-files";

    private static volatile Optional<Path> folder;

    private NativeFiles() {
    }

    /** The folder in the native executable; empty on the JVM. Fails when the executable's folder is missing. */
    public static Optional<Path> folder() {
        Optional<Path> f = folder;
        if (f == null) {
            folder = f = find();
        }
        return f;
    }

    private static Optional<Path> find() {
        if (ImageMode.current() != ImageMode.NATIVE_RUN) {
            return Optional.empty();
        }
        String configured = System.getProperty("bot.native-files", System.getenv("BOT_NATIVE_FILES"));
        Path dir;
        try {
            dir = configured != null && !configured.isBlank()
                    ? Path.of(configured)
                    : Path.of("/proc/self/exe").toRealPath().resolveSibling(FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find the executable's folder; set -Dbot.native-files", e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The native executable needs its folder " + dir
                    + " (native libraries and model, made by the -Pnative build); set -Dbot.native-files to move it");
        }
        return Optional.of(dir.toAbsolutePath());
    }

    /**
     * Points ONNX Runtime ({@code onnxruntime.native.path}: a folder holding {@code libonnxruntime.so} and its JNI
     * library) and DJL's tokenizer ({@code RUST_LIBRARY_PATH}: the {@code libtokenizers.so} file) at the folder,
     * unless set already; to be called before either library is first used.
     */
    static void useLibraries(Path dir) {
        if (System.getProperty("onnxruntime.native.path") == null) {
            System.setProperty("onnxruntime.native.path", dir.toString());
        }
        if (System.getProperty("RUST_LIBRARY_PATH") == null && System.getenv("RUST_LIBRARY_PATH") == null) {
            System.setProperty("RUST_LIBRARY_PATH", dir.resolve(System.mapLibraryName("tokenizers")).toString());
        }
    }
}
