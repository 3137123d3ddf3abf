package com.safesupport.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the repository the tests check: the manifests, the services' configuration, the docs. */
final class Repo {

    static final Path ROOT = locateRoot();
    static final Path K8S = ROOT.resolve("k8s");
    static final List<String> SERVICES = List.of("consent-service", "redaction-service", "bot-service", "escalation-service");

    private Repo() {
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("k8s").resolve("base"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No k8s/base above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<Path> yamlFilesUnderK8s() {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path path) {
        return ROOT.relativize(path).toString();
    }
}
