package com.safesupport.platform.secrets;

import com.safesupport.platform.crypto.Sealer;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Runs {@link ProductionSecrets} when a service starts, so a deployment without real keys never becomes ready. First
 * among the start-up beans, so the one message names every missing setting.
 */
@Startup(1)
@ApplicationScoped
public class ProductionSecretsCheck {

    @Inject
    Config config;

    @Inject
    Sealer sealer;

    @PostConstruct
    void check() {
        ProductionSecrets.requireRealKeys(config);
        sealer.activeKeyId(); // the keyring is read and checked now, not on the first sealed value
    }
}
