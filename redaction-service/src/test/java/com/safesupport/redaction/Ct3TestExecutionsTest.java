package com.safesupport.redaction;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Branch ct3: the detect package's test classes run in two surefire executions (pom.xml): its @QuarkusTest classes,
 * named in the property {@code redaction.detect.quarkus}, in the default one; the rest in {@code detect-plain}, two
 * JVMs at once. A @QuarkusTest class missing from that list would start Quarkus in both JVMs on the same test port,
 * and a plain class in it would run alone; this test (in the default execution) keeps the list exact.
 */
class Ct3TestExecutionsTest {

    @Test
    void theDetectPackagesQuarkusTestsAreExactlyThoseThePomKeepsInTheDefaultExecution() throws Exception {
        String listed = System.getProperty("redaction.detect.quarkus");
        assertNotNull(listed, "surefire's default execution sets redaction.detect.quarkus (redaction-service/pom.xml)");
        Set<String> named = new TreeSet<>(Arrays.asList(listed.split("\\|")));

        Path classes = Path.of(Ct3TestExecutionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path detect = classes.resolve("com/safesupport/redaction/detect");
        Set<String> quarkus = new TreeSet<>();
        int plain = 0;
        try (Stream<Path> files = Files.list(detect)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith("Test.class") || name.contains("$")) {
                    continue;
                }
                String simple = name.substring(0, name.length() - ".class".length());
                Class<?> type = Class.forName("com.safesupport.redaction.detect." + simple, false,
                        Ct3TestExecutionsTest.class.getClassLoader());
                if (type.isAnnotationPresent(QuarkusTest.class)) {
                    quarkus.add(simple);
                } else {
                    plain++;
                }
            }
        } catch (IOException ex) {
            throw new AssertionError("cannot list " + detect, ex);
        }
        assertEquals(named, quarkus, "the detect package's @QuarkusTest classes against redaction.detect.quarkus in pom.xml");
        assertTrue(plain > 50, "the detect-plain execution's classes: " + plain);
    }
}
