package com.safesupport.platform.memory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a service's native executable gives back memory it needed only to start. */
@ConfigMapping(prefix = "suite.memory")
public interface MemoryConfig {

    /**
     * Whether the native executable runs one full garbage collection once its start-up beans are done, before it
     * reports ready ({@code SUITE_MEMORY_COLLECT_STARTUP_GARBAGE}; {@link StartupGarbageCollection}). Off by default:
     * meant for a service whose start-up leaves much garbage in the old generation: bot-service turns it on (its
     * knowledge base; idle RSS 208-210 -> 175-187 MB, docs/benchmarks.md "Native memory, round 10").
     */
    @WithDefault("false")
    boolean collectStartupGarbage();

    /** {@link StartupPageRelease}: the executable's pages that only start-up touched. */
    ReleaseStartupPages releaseStartupPages();

    interface ReleaseStartupPages {

        /**
         * Whether the native executable returns them once ({@code SUITE_MEMORY_RELEASE_STARTUP_PAGES_ENABLED}). No
         * effect in JVM mode.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long after start-up ({@code StartupEvent}) they are returned
         * ({@code SUITE_MEMORY_RELEASE_STARTUP_PAGES_DELAY}): long enough for the HTTP server to listen and the
         * first readiness checks to run.
         */
        @WithDefault("5s")
        Duration delay();
    }
}
