package com.safesupport.consent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * consent-service settings. Every value has a local default and can be set by environment variable.
 */
@ConfigMapping(prefix = "consent")
public interface ConsentConfig {

    /** The services holding personal data, by name; data-subject requests fan out to each. */
    Map<String, PeerService> services();

    interface PeerService {
        /** Base URL of the service's public port, e.g. {@code http://localhost:8082}. */
        String url();

        @WithDefault("5s")
        Duration timeout();
    }
}
