package com.safesupport.redaction.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The body-read bound a deployment of this service gets: the platform's {@code suite.http.body-read-timeout}, 10 s
 * ({@code HTTP_BODY_READ_TIMEOUT}), which this service's configuration does not change outside the test profile. The
 * test profile's bound is 2 s (3 s until stop 57) so that {@link Fm7bSlowBodyTest}'s cuts and its slow handler wait
 * less (docs/benchmarks.md, "Test time, stop 57 (ct2)"); this keeps the shipped value pinned.
 */
class Ct2BodyReadBoundTest {

    private static final String BOUND = "suite.http.body-read-timeout";

    @Test
    void theBodyReadBoundIsTenSecondsInProduction() throws IOException {
        // Every jar's META-INF/microprofile-config.properties: the platform's is the one that sets the bound.
        List<String> defaults = new ArrayList<>();
        for (URL url : Collections.list(Ct2BodyReadBoundTest.class.getClassLoader()
                .getResources("META-INF/microprofile-config.properties"))) {
            Properties properties = new Properties();
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
            if (properties.containsKey(BOUND)) {
                defaults.add(properties.getProperty(BOUND));
            }
        }
        assertEquals(List.of("${HTTP_BODY_READ_TIMEOUT:10S}"), defaults);
        Properties service = load("/application.properties");
        assertTrue(service.stringPropertyNames().stream().filter(key -> key.endsWith(BOUND))
                        .allMatch(key -> key.equals("%test." + BOUND)),
                "the service's configuration sets the body-read bound outside the test profile");
        assertEquals("2S", service.getProperty("%test." + BOUND));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Ct2BodyReadBoundTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
