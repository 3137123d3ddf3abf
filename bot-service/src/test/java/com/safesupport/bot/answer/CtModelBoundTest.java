package com.safesupport.bot.answer;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model call's production bound: 20 s on {@link LlmAnswerer#answer} and on both {@link SupportAssistant} calls
 * (docs/bot.md), not overridden by the service's configuration. The fault tests of the model endpoint run with 3 s
 * (FmModelDripTest.ShortModelBound, also FtModelFaultsTest's profile since stop 56) to wait less; this keeps the
 * shipped value pinned.
 */
class CtModelBoundTest {

    @Test
    void theModelCallsAreBoundedAtTwentySecondsInProduction() throws IOException {
        List<Method> bounded = Arrays.stream(LlmAnswerer.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("answer") && m.isAnnotationPresent(Timeout.class)).toList();
        assertEquals(1, bounded.size(), "LlmAnswerer.answer with its @Timeout");
        assertEquals(20_000, bounded.getFirst().getAnnotation(Timeout.class).value());
        for (String name : List.of("answer", "reanswer")) {
            Method call = Arrays.stream(SupportAssistant.class.getDeclaredMethods())
                    .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
            assertEquals(20_000, call.getAnnotation(Timeout.class).value(), "SupportAssistant." + name);
        }
        Properties shipped = new Properties();
        try (InputStream in = CtModelBoundTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        assertTrue(shipped.stringPropertyNames().stream().noneMatch(key -> key.contains("/Timeout/")),
                "the service's configuration overrides a model bound");
    }
}
