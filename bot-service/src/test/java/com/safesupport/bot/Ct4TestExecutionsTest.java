package com.safesupport.bot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Branch ct4: the test classes whose paths match the property {@code bot.plain.tests} (pom.xml) run in the surefire
 * execution {@code plain} (one JVM, C2); the default execution excludes the same expression, so each class runs in one
 * of them. A Quarkus test class there would start Quarkus in a JVM set up for plain classes; a plain class outside it
 * would run in the default C1 JVM, in neither the plain execution nor among the Quarkus classes. This test (itself
 * plain) fails on either: every top-level {@code *Test} class of the module is a Quarkus test (an annotation of
 * {@code io.quarkus.test}, such as {@code @QuarkusTest}, {@code @QuarkusIntegrationTest}, {@code @TestProfile} or a
 * test resource, on it, on a superclass or as a meta-annotation) and does not match, or is plain and matches.
 */
class Ct4TestExecutionsTest {

    @Test
    void plainClassesAndOnlyThoseMatchThePlainExecution() throws Exception {
        String names = System.getProperty("plain.test.names");
        assertNotNull(names, "surefire sets plain.test.names to bot.plain.tests (bot-service/pom.xml) in every execution");
        // The expression exactly as the two executions use it (pom.xml: include in plain, exclude in default-test).
        Pattern plain = Pattern.compile("com/safesupport/bot/" + names + "\\.(class|java)");

        Path classes = Path.of(Ct4TestExecutionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> quarkusInPlain = new ArrayList<>();
        List<String> plainOutside = new ArrayList<>();
        int quarkus = 0;
        int inPlain = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("com/safesupport/bot"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String path = classes.relativize(file).toString().replace('\\', '/');
                if (!path.endsWith("Test.class") || path.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(path.substring(0, path.length() - ".class".length()).replace('/', '.'),
                        false, Ct4TestExecutionsTest.class.getClassLoader());
                if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                boolean matches = plain.matcher(path).matches();
                if (isQuarkusTest(type)) {
                    quarkus++;
                    if (matches) {
                        quarkusInPlain.add(path);
                    }
                } else if (matches) {
                    inPlain++;
                } else {
                    plainOutside.add(path);
                }
            }
        } catch (IOException ex) {
            throw new AssertionError("cannot list " + classes, ex);
        }
        assertEquals(List.of(), quarkusInPlain, "Quarkus test classes that bot.plain.tests sends to the plain execution");
        assertEquals(List.of(), plainOutside, "plain test classes that bot.plain.tests leaves in the default (C1) execution");
        assertTrue(quarkus >= 40, "Quarkus test classes found: " + quarkus);
        assertTrue(inPlain >= 40, "plain test classes in the plain execution: " + inPlain);
        // The names that overlap: one plain, two Quarkus, in the same package.
        assertTrue(plain.matcher("com/safesupport/bot/guardrail/RepetitionTest.class").matches());
        assertFalse(plain.matcher("com/safesupport/bot/guardrail/RepetitionParaphraseTest.class").matches());
        assertFalse(plain.matcher("com/safesupport/bot/guardrail/LearnedGuardrailsTest.class").matches());
    }

    private static boolean isQuarkusTest(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Annotation annotation : c.getDeclaredAnnotations()) {
                if (isQuarkus(annotation.annotationType())) {
                    return true;
                }
                for (Annotation meta : annotation.annotationType().getDeclaredAnnotations()) {
                    if (isQuarkus(meta.annotationType())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isQuarkus(Class<? extends Annotation> annotation) {
        return annotation.getName().startsWith("io.quarkus.test.");
    }
}
