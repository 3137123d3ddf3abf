package com.safesupport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layering rule of DESIGN.md (Conventions), checked on the text of {@code src/main/java}: a JAX-RS resource (a
 * class annotated {@code @Path}) maps HTTP to service calls, so it carries no {@code @Transactional}, holds no
 * {@code EntityManager} and runs no query (JPQL, SQL or Panache); transactions and queries live in services or repositories.
 */
public final class ResourceLayering {

    private static final Pattern RESOURCE = Pattern.compile("^@Path\\(", Pattern.MULTILINE);
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("@Transactional\\b"),
            Pattern.compile("EntityManager\\b"),
            Pattern.compile("\\bcreate(Native)?Query\\("),
            Pattern.compile("\\bQuarkusTransaction\\."),
            // a Panache query: an entity's find/list/count/stream/delete/update with a query string
            Pattern.compile("\\.(?:<\\w+>)?(?:find|list|count|stream|delete|update)\\(\""));

    private ResourceLayering() {
    }

    /** {@code file: rule} for every resource class under {@code sources} that breaks the rule; empty when none does. */
    public static List<String> violations(Path sources) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                if (!RESOURCE.matcher(text).find()) {
                    continue;
                }
                for (Pattern rule : FORBIDDEN) {
                    if (rule.matcher(text).find()) {
                        found.add(sources.relativize(file) + ": " + rule.pattern());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
