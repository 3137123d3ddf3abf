package com.safesupport.consent.dsr;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClosedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Keeps the cut of a subject-data answer out of the ERROR log. {@link SubjectDataClient} stops reading an answer past
 * its size cap or its timeout by cancelling the stream; the REST client (quarkus-rest-client 3.27, a {@code Multi<byte[]>}
 * of {@code application/json}) then closes the connection and reports that close, an {@link HttpClosedException}, to
 * the stream it was cancelled by. Mutiny hands such a late failure to its dropped-exception handler, which Quarkus logs
 * as {@code ERROR Mutiny had to drop the following exception}: one ERROR per handled, expected cut. (Quarkus stopped
 * reporting this close for its SSE and stream+json answers, not for plain chunks.) The REST client owns that close and
 * offers no hook on it, so the handler is where it can be told apart: a dropped {@link HttpClosedException} comes after
 * the stream was cancelled, so its close is the cancellation's own doing and is logged at DEBUG. Every other dropped
 * failure is logged as Quarkus logs it, same category, same message, ERROR.
 */
@ApplicationScoped
public class CutAnswerCloses {

    private static final Logger QUARKUS = Logger.getLogger("io.quarkus.mutiny.runtime.MutinyInfrastructure");
    private static final Logger LOG = Logger.getLogger(CutAnswerCloses.class);

    /** After Quarkus installed its own handler (runtime init), so this one replaces it. */
    void install(@Observes StartupEvent start) {
        Infrastructure.setDroppedExceptionHandler(CutAnswerCloses::dropped);
    }

    static void dropped(Throwable failure) {
        if (failure instanceof HttpClosedException) {
            LOG.debug("a connection closed after its answer was cut (size cap or timeout)");
        } else {
            QUARKUS.error("Mutiny had to drop the following exception", failure);
        }
    }
}
