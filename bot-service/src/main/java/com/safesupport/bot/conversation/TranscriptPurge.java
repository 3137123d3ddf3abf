package com.safesupport.bot.conversation;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.platform.schedule.SchedulerTicks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Transcripts are kept only as long as the transcript-retention purpose allows: conversations idle for longer
 * than {@code bot.transcript.retention} are deleted with their messages, decision records and hand-offs.
 */
@ApplicationScoped
public class TranscriptPurge {

    private static final Logger LOG = Logger.getLogger(TranscriptPurge.class);

    @Inject
    BotConfig config;

    @Inject
    Clock clock;

    @Inject
    SchedulerTicks ticks;

    @ConfigProperty(name = "bot.transcript.purge-interval", defaultValue = "1h")
    String purgeInterval;

    @Scheduled(every = "${bot.transcript.purge-interval:1h}", delayed = "1m")
    void scheduled() {
        if (ticks.claim("transcript-purge", purgeInterval)) { // once per tick across replicas
            purge();
        }
    }

    /** Deletes what is past retention; returns how many conversations went. */
    @Transactional
    public long purge() {
        long purged = Conversation.delete("lastActivityAt < ?1", clock.instant().minus(config.transcript().retention()));
        if (purged > 0) {
            LOG.infof("Purged %d conversations past transcript retention", purged);
        }
        return purged;
    }
}
