package com.safesupport.platform.memory;

import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Gives back, once, the native executable's pages that only start-up needed. Class initialisation, Flyway, CDI and
 * configuration touch most of the executable's code and image heap once; the kernel keeps those file pages (and up to
 * 64 KB of neighbours for each) resident in the process although an idle or busy service uses a small part of them
 * again (docs/benchmarks.md, native memory rounds 9 and 10). A few seconds after start-up this asks the kernel to
 * reclaim the clean pages of the executable's read-only mappings ({@code madvise(MADV_PAGEOUT)}); what the service
 * still uses is read back from the page cache on its next access.
 * <p>
 * Safe by construction: only pages of read-only file mappings are named, the kernel reclaims only those this process
 * maps alone, and a failure changes nothing. It needs the process to own the executable (or be able to write it) for
 * the kernel to page out file pages (Linux 6.2+): the container image gives the executable to the user it runs as.
 * No effect in JVM mode; off with {@code suite.memory.release-startup-pages.enabled=false}.
 */
@ApplicationScoped
public class StartupPageRelease {

    private static final Logger LOG = Logger.getLogger(StartupPageRelease.class);

    /** {@code int madvise(address, length, advice)}: 0 or -1, as libc's. */
    @FunctionalInterface
    interface Advisor {
        int advise(long address, long length, int advice);
    }

    /** What {@link #release} did: the advice the kernel took (0 when it took none), on how many mappings and bytes. */
    record Outcome(int advice, int mappings, long bytes) {
    }

    @Inject
    MemoryConfig config;

    void onStart(@Observes StartupEvent event) {
        if (ImageMode.current() != ImageMode.NATIVE_RUN || !config.releaseStartupPages().enabled()) {
            return;
        }
        Duration delay = config.releaseStartupPages().delay();
        // A daemon platform thread of its own, so neither start-up nor readiness wait for it and a shutdown during
        // the delay does not either; it ends after the one release.
        Thread.ofPlatform().daemon().name("release-startup-pages").start(() -> {
            try {
                Thread.sleep(delay);
                releaseNow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                LOG.infof("Start-up pages not released: %s", e.getClass().getSimpleName());
            }
        });
    }

    private static void releaseNow() {
        List<ExecutableMappings.Mapping> mappings;
        try {
            String executable = Files.readSymbolicLink(Path.of("/proc/self/exe")).toString();
            mappings = ExecutableMappings.readOnly(Files.readAllLines(Path.of("/proc/self/maps")), executable);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.infof("Start-up pages not released: /proc/self not readable (%s)", e.getClass().getSimpleName());
            return;
        }
        long before = residentKilobytes();
        Outcome outcome = release(mappings, Madvise::madvise);
        if (outcome.advice() == 0) {
            LOG.infof("Start-up pages not released: madvise refused PAGEOUT and COLD on the executable");
            return;
        }
        LOG.infof("Start-up pages released (%s): %d mappings of the executable, %d MB; RSS %d -> %d MB",
                outcome.advice() == Madvise.MADV_PAGEOUT ? "MADV_PAGEOUT" : "MADV_COLD", outcome.mappings(),
                outcome.bytes() >> 20, before >> 10, residentKilobytes() >> 10);
    }

    /**
     * Advises {@code MADV_PAGEOUT} on each mapping; when the kernel refuses it on the first (older than 5.4: EINVAL),
     * {@code MADV_COLD} instead, which only puts the pages first in line for reclaim. A mapping refused after the
     * advice was chosen is skipped.
     */
    static Outcome release(List<ExecutableMappings.Mapping> mappings, Advisor advisor) {
        int advice = 0;
        int advised = 0;
        long bytes = 0;
        for (ExecutableMappings.Mapping mapping : mappings) {
            if (advice == 0) {
                if (advisor.advise(mapping.start(), mapping.length(), Madvise.MADV_PAGEOUT) == 0) {
                    advice = Madvise.MADV_PAGEOUT;
                } else if (advisor.advise(mapping.start(), mapping.length(), Madvise.MADV_COLD) == 0) {
                    advice = Madvise.MADV_COLD;
                } else {
                    return new Outcome(0, 0, 0);
                }
            } else if (advisor.advise(mapping.start(), mapping.length(), advice) != 0) {
                continue;
            }
            advised++;
            bytes += mapping.length();
        }
        return new Outcome(advice, advised, bytes);
    }

    /** VmRSS of this process in kB, -1 when unknown (only logged). */
    private static long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // only for the log line
        }
        return -1;
    }
}
