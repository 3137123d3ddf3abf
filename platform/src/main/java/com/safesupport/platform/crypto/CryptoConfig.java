package com.safesupport.platform.crypto;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * Keys for personal data at rest. {@code suite.crypto.keys.<id>=<base64 of 32 bytes>}; new values are
 * sealed with {@code active-key}, old values stay readable while their key id is still listed.
 */
@ConfigMapping(prefix = "suite.crypto")
public interface CryptoConfig {

    /** Id of the key new values are sealed with ({@code CRYPTO_ACTIVE_KEY}); dev and test default to {@code local-1}. */
    Optional<String> activeKey();

    /**
     * Key id → base64 AES-256 key. The platform's %dev/%test defaults list a well-known local key ({@code local-1}),
     * which {@link Sealer} refuses in any other mode; deployments set their own from a Secret.
     */
    Map<String, String> keys();
}
