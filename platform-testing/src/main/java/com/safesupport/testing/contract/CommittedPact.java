package com.safesupport.testing.contract;

import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The consumer half of a contract test: the pact file Pact JVM writes for a consumer test class must equal the one
 * committed under {@code contracts/pacts/}, which is what the provider verifies in its own module. The services call
 * each other both ways (bot ↔ escalation), so no reactor order lets every consumer run before its provider: the
 * committed file is the contract, and this check keeps it true to the consumer's code.
 *
 * <p>Register it <em>before</em> Pact's extension, so that it runs after Pact wrote the file:
 * {@code @ExtendWith(CommittedPact.class) @ExtendWith(PactConsumerTestExt.class)}. With
 * {@code -Dcontracts.update=true} it copies the generated file over the committed one instead (then commit it).
 *
 * <p>One test class per consumer–provider pair: the generated file is deleted before the class runs, so an
 * interaction removed from the test does not survive in it.
 */
public final class CommittedPact implements BeforeAllCallback, AfterAllCallback {

    /** The committed pacts, relative to a service module (where Maven runs its tests). */
    public static final Path COMMITTED = Path.of("..", "contracts", "pacts");

    /** An RFC 3339 UTC time as the services write an {@code Instant} (DESIGN.md): the regex to match it with. */
    public static final String UTC_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (String file : files(context)) {
            Files.deleteIfExists(generated().resolve(file));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent()) {
            return; // Pact writes nothing when a test failed: that failure is the report.
        }
        for (String file : files(context)) {
            Path generated = generated().resolve(file);
            Path committed = COMMITTED.resolve(file);
            if (!Files.exists(generated)) {
                throw new AssertionError("Pact wrote no " + generated + "; is PactConsumerTestExt registered after CommittedPact?");
            }
            if (Boolean.getBoolean("contracts.update")) {
                Files.createDirectories(COMMITTED);
                Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed contract " + committed + ": run this test with -Dcontracts.update=true and commit it");
            }
            if (!normalised(generated).equals(normalised(committed))) {
                throw new AssertionError("The consumer's pact " + generated + " differs from the committed contract " + committed
                        + ". If the change is intended, run this test with -Dcontracts.update=true, commit the file and "
                        + "run the provider's contract test.");
            }
        }
    }

    private static Path generated() {
        return Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    }

    /** {@code <consumer>-<provider>.json} for every consumer named by a {@code @Pact} method of the class. */
    private static Set<String> files(ExtensionContext context) {
        Class<?> test = context.getRequiredTestClass();
        PactTestFor target = test.getAnnotation(PactTestFor.class);
        if (target == null || target.providerName().isBlank()) {
            throw new IllegalStateException(test.getSimpleName() + " needs @PactTestFor(providerName = ...)");
        }
        return Arrays.stream(test.getDeclaredMethods())
                .map(m -> m.getAnnotation(Pact.class))
                .filter(p -> p != null)
                .map(p -> p.consumer() + "-" + target.providerName() + ".json")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The pact without what changes from run to run or version to version (metadata), interactions in a stable order. */
    private static JsonNode normalised(Path file) {
        try {
            ObjectNode pact = (ObjectNode) JSON.readTree(file.toFile());
            pact.remove("metadata");
            JsonNode interactions = pact.get("interactions");
            if (interactions instanceof ArrayNode array) {
                List<JsonNode> sorted = new ArrayList<>();
                array.forEach(sorted::add);
                sorted.sort(Comparator.comparing(JsonNode::toString));
                array.removeAll();
                sorted.forEach(array::add);
            }
            return pact;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
