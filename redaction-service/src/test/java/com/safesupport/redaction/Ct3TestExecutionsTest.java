package com.safesupport.redaction;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Branch ct3: the detect package's test classes run in two surefire executions (pom.xml): those whose simple names
 * match the property {@code redaction.detect.plain} in {@code detect-plain} ({@code redaction.plain.forks}
 * JVMs, C2); the others in the default one. A @QuarkusTest class that matched would start Quarkus there (with two
 * forks, in both JVMs on one test port); this test (in the default execution) checks that none does, and that the expression still selects the plain classes.
 */
class Ct3TestExecutionsTest {

    @Test
    void noQuarkusTestOfTheDetectPackageRunsInThePlainExecution() throws Exception {
        String plainNames = System.getProperty("detect.plain.names");
        assertNotNull(plainNames, "surefire's default execution sets detect.plain.names to redaction.detect.plain (redaction-service/pom.xml; a name outside the service's configuration roots, which Quarkus validates)");
        Pattern plain = Pattern.compile(plainNames);

        Path classes = Path.of(Ct3TestExecutionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path detect = classes.resolve("com/safesupport/redaction/detect");
        List<String> quarkusInPlain = new ArrayList<>();
        int quarkus = 0;
        int inPlain = 0;
        try (Stream<Path> files = Files.list(detect)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith("Test.class") || name.contains("$")) {
                    continue;
                }
                String simple = name.substring(0, name.length() - ".class".length());
                Class<?> type = Class.forName("com.safesupport.redaction.detect." + simple, false,
                        Ct3TestExecutionsTest.class.getClassLoader());
                boolean matches = plain.matcher(simple).matches();
                if (type.isAnnotationPresent(QuarkusTest.class)) {
                    quarkus++;
                    if (matches) {
                        quarkusInPlain.add(simple);
                    }
                } else if (matches) {
                    inPlain++;
                }
            }
        } catch (IOException ex) {
            throw new AssertionError("cannot list " + detect, ex);
        }
        assertEquals(List.of(), quarkusInPlain, "@QuarkusTest classes that redaction.detect.plain sends to the detect-plain execution");
        assertTrue(quarkus >= 2, "the detect package's @QuarkusTest classes found: " + quarkus);
        assertTrue(inPlain > 50, "plain classes in the detect-plain execution: " + inPlain);
    }
}
