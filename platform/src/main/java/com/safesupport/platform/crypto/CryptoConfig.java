package com.safesupport.platform.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Keys for personal data at rest. {@code suite.crypto.keys.<id>=<base64 of 32 bytes>}; new values are
 * sealed with {@code active-key}, old values stay readable while their key id is still listed.
 */
@ConfigMapping(prefix = "suite.crypto")
public interface CryptoConfig {

    /** Id of the key new values are sealed with. */
    @WithDefault("local-1")
    String activeKey();

    /**
     * Key id → base64 AES-256 key. The platform's defaults list a well-known local key ({@code local-1})
     * for local runs only; deployments set their own from a Secret.
     */
    Map<String, String> keys();
}
