package com.safesupport.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders kustomizations with the real {@code kubectl kustomize} when it is installed. Where it is not, callers
 * skip with {@link #unavailableReason()} rather than pass silently.
 */
final class Kubectl {

    /** The kubectl binary; KUBECTL overrides it (e.g. KUBECTL=/nonexistent shows how the skip reads). */
    private static final String BINARY = Optional.ofNullable(System.getenv("KUBECTL")).orElse("kubectl");
    private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();
    private static volatile Optional<String> version;

    private Kubectl() {
    }

    /** Empty when kubectl with kustomize is usable, else why not. */
    static Optional<String> unavailableReason() {
        if (version == null) {
            version = probe();
        }
        return version.isPresent() ? Optional.empty() : Optional.of(BINARY + " is not installed or has no kustomize: "
                + "overlay rendering checks cannot run on this machine");
    }

    static String kustomizeVersion() {
        return version == null ? "" : version.orElse("");
    }

    static String kustomize(Path dir) {
        return RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            Result r = run(BINARY, "kustomize", d.toString());
            if (r.exit != 0) {
                throw new IllegalStateException("kubectl kustomize " + Repo.relative(d) + " failed:\n" + r.err);
            }
            return r.out;
        });
    }

    private static Optional<String> probe() {
        try {
            Result r = run(BINARY, "version", "--client");
            return r.exit == 0 && r.out.contains("Kustomize") ? Optional.of(r.out.strip()) : Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... command) {
        try {
            Process p = new ProcessBuilder(command).start();
            // Read both streams fully before waiting, so a large output cannot block the process.
            var err = p.getErrorStream();
            var errText = new StringBuilder();
            Thread errReader = Thread.ofVirtual().start(() -> {
                try {
                    errText.append(new String(err.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the exit code tells
                }
            });
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
            }
            errReader.join();
            return new Result(p.exitValue(), out, errText.toString());
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
