package com.safesupport.platform.memory;

import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * One full collection at the end of start-up, in the native executable, where {@code
 * suite.memory.collect-startup-garbage} asks for it. Objects that only start-up needed but that lived through a
 * young collection while it ran stay in the old generation until the next full collection, which an idle service may
 * not run for hours; collected now, before the first request, the idle footprint does not carry them.
 */
@ApplicationScoped
public class StartupGarbageCollection {

    private static final Logger LOG = Logger.getLogger(StartupGarbageCollection.class);

    @Inject
    MemoryConfig config;

    /** After the {@code @Startup} beans (their observers run at the default priority). */
    void onStart(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 1000) StartupEvent event) {
        if (ImageMode.current() != ImageMode.NATIVE_RUN || !config.collectStartupGarbage()) {
            return;
        }
        long started = System.nanoTime();
        System.gc();
        LOG.debugf("Start-up garbage collected in %d ms", (System.nanoTime() - started) / 1_000_000);
    }
}
