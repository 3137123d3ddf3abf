package com.safesupport.redaction.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared public datasets live: an explicit path if given, otherwise {@code ../shared/datasets}
 * relative to the repository root, found by walking up from the working directory to the folder that holds
 * {@code mvnw} (so the runners work from the root, from {@code redaction-service/} and under Maven alike).
 */
final class Datasets {

    private Datasets() {
    }

    static Path locate(String explicit) {
        if (explicit != null && !explicit.isBlank() && !explicit.equals("default")) {
            return Path.of(explicit);
        }
        return repositoryRoot().resolve("../shared/datasets").normalize();
    }

    /** The folder that holds {@code mvnw} and {@code redaction-service}, or the working directory. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("redaction-service"))) {
                return p;
            }
        }
        return dir;
    }
}
