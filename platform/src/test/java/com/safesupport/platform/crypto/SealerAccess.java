package com.safesupport.platform.crypto;

import java.util.Map;
import java.util.Optional;

/** Builds a {@link Sealer} outside CDI, with the dev/test allowance for the local key given explicitly. */
public final class SealerAccess {

    public record Config(String active, Map<String, String> keyring) implements CryptoConfig {
        @Override
        public Optional<String> activeKey() {
            return Optional.ofNullable(active);
        }

        @Override
        public Map<String, String> keys() {
            return keyring;
        }
    }

    private SealerAccess() {
    }

    public static Sealer sealer(CryptoConfig config, boolean localKeyAllowed) {
        return new Sealer(config, localKeyAllowed);
    }
}
