package com.safesupport.k8s;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's configuration as the packaged application sees it in Kubernetes: the platform's shared defaults,
 * the service's application.properties, and the container's environment, resolved by SmallRye Config (the
 * library Quarkus uses) in the prod profile.
 */
final class ServiceConfig {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    /** Defaults only fit for a developer's machine: local addresses, placeholder domains, well-known keys. */
    private static final Pattern LOCAL_DEFAULT = Pattern.compile("(?i).*(localhost|127\\.0\\.0\\.1|\\.local\\b|\\(local\\)|^dummy$|^local-).*");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(KEY|SECRET|PASSWORD|TOKEN|JWK|CREDENTIAL).*");
    static final Path PLATFORM_DEFAULTS = Repo.ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties");

    private ServiceConfig() {
    }

    static Path applicationProperties(String service) {
        return Repo.ROOT.resolve(service).resolve("src/main/resources/application.properties");
    }

    static Map<String, String> load(Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    /** Properties that apply in the prod profile (no profile, or %prod.), from both files. */
    static Map<String, String> prodProperties(String service) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Path file : new Path[] {PLATFORM_DEFAULTS, applicationProperties(service)}) {
            load(file).forEach((k, val) -> {
                if (!k.startsWith("%")) {
                    all.putIfAbsent(k, val);
                } else if (k.startsWith("%prod.")) {
                    all.put(k.substring("%prod.".length()), val);
                }
            });
        }
        return all;
    }

    /**
     * The variables Kubernetes must set: those without a default, with an empty one, with a default only fit for
     * local runs (localhost, *.local, "(local)", dummy, local-* ids), and every secret-looking one (its default
     * can only be a well-known demo value). Variables with a real default (an interval, a language) may be left out.
     */
    static Set<String> requiredEnvironment(String service) {
        Set<String> names = new TreeSet<>();
        prodProperties(service).values().forEach(value -> {
            Matcher m = ENV_REFERENCE.matcher(value);
            while (m.find()) {
                String name = m.group(1);
                String fallback = m.group(2);
                if (fallback == null || fallback.isBlank() || LOCAL_DEFAULT.matcher(fallback).matches()
                        || SECRET_NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        });
        return names;
    }

    static SmallRyeConfig resolve(String service, Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(load(PLATFORM_DEFAULTS), "platform defaults", 100))
                .withSources(new PropertiesConfigSource(load(applicationProperties(service)), "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }

    /** quarkus.shutdown.timeout as the container will see it. */
    static Duration shutdownTimeout(String service, Map<String, String> environment) {
        String value = resolve(service, environment).getOptionalValue("quarkus.shutdown.timeout", String.class).orElse("0s");
        return Duration.parse("PT" + value.toUpperCase());
    }
}
