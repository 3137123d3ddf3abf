package com.safesupport.platform.problem;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The database bounds a deployment gets from the platform's defaults (docs/bot.md, "Faults, eleventh sweep (fm10)"):
 * the driver's socket timeout 10 s, the pooled connection's check 2 s, connecting 5 s, each settable from the
 * environment; the pool's acquisition timeout is Quarkus' own default (5 s), not set by the platform. The fault tests
 * that stall or refuse the database run with smaller bounds (platform-testing {@code DatabaseOutage.Profile}) to wait
 * less: these are the values production keeps.
 */
class CtDatabaseBoundsTest {

    private static final String SOCKET = "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout";
    private static final String VALIDATION = "quarkus.datasource.jdbc.validation-query-timeout";
    private static final String CONNECT = "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout";
    private static final String ACQUISITION = "quarkus.datasource.jdbc.acquisition-timeout";

    @Test
    void productionKeepsTheDocumentedDatabaseBounds() throws IOException {
        SmallRyeConfig prod = prod(Map.of());
        assertEquals(10, prod.getValue(SOCKET, Integer.class));
        assertEquals(Duration.ofSeconds(2), prod.getValue(VALIDATION, Duration.class));
        assertEquals(5, prod.getValue(CONNECT, Integer.class));
        assertFalse(prod.getOptionalValue(ACQUISITION, String.class).isPresent(),
                "the platform leaves the pool's acquisition timeout at Quarkus' default (5 s)");
        assertEquals(true, prod.getValue("quarkus.datasource.jdbc.validate-on-borrow", Boolean.class));
    }

    @Test
    void theEnvironmentSetsEachBound() throws IOException {
        SmallRyeConfig prod = prod(Map.of("DB_SOCKET_TIMEOUT", "30", "DB_VALIDATION_TIMEOUT", "3S", "DB_CONNECT_TIMEOUT", "7"));
        assertEquals(30, prod.getValue(SOCKET, Integer.class));
        assertEquals(Duration.ofSeconds(3), prod.getValue(VALIDATION, Duration.class));
        assertEquals(7, prod.getValue(CONNECT, Integer.class));
    }

    private static SmallRyeConfig prod(Map<String, String> env) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = CtDatabaseBoundsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        Map<String, String> platform = new HashMap<>();
        defaults.forEach((k, v) -> platform.put((String) k, (String) v));
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultInterceptors()
                .withConverter(Duration.class, 100, value -> Duration.parse("PT" + value))
                .withSources(new PropertiesConfigSource(platform, "platform", 100))
                .withSources(new EnvConfigSource(env, 300))
                .build();
    }
}
