package com.safesupport.platform.isolation;

import io.quarkus.arc.Arc;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.client.impl.ClientRequestContextImpl;
import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import java.util.concurrent.TimeoutException;

/**
 * Every outgoing REST client request of the service gets its client's read timeout as a bound on the whole exchange,
 * body included: past it the request is cancelled the way the REST client cancels a request whose {@code Uni} is
 * cancelled (marked cancelled, its HTTP request reset, which closes an HTTP/1.1 connection), and its result fails
 * with a {@link ProcessingException}, as a read timeout does, so callers handle it as "no answer" as before.
 *
 * <p>Why: the REST client (Vert.x) applies the read timeout as an idle timeout, which a peer that drips its answer
 * never trips, and a blocking call's interrupted wait cancels nothing: a dripping peer held the caller (a page's
 * worker thread, a model call's connection) for as long as it dripped (docs/bot.md, "Faults, sixth sweep (pf)" and
 * the fourth and fifth sweeps it cites). A peer that answers at once is not affected: its answer was already bounded
 * by the same timeout while it was silent. The bound is whatever read timeout the client has (its own
 * {@code quarkus.rest-client.<client>.read-timeout}, the service's {@code quarkus.rest-client.read-timeout}, or one
 * that an extension sets for its client); a client without one is left alone.
 *
 * <p>A server-sent event stream ({@code Accept: text/event-stream}) is left alone: it is meant to last, and its idle
 * timeout is its bound.
 *
 * <p>A global client filter ({@code @Provider}, found in the platform jar's Jandex index): the REST client registers it
 * on every client of every service that depends on the platform.
 */
@Provider
public class WholeAnswerBound implements ResteasyReactiveClientRequestFilter {

    /** The REST client's own configuration key for a client's read timeout (milliseconds). */
    static final String READ_TIMEOUT = "io.quarkus.rest.client.read-timeout";

    @Override
    public void filter(ResteasyReactiveClientRequestContext context) {
        if (!(context instanceof ClientRequestContextImpl impl)
                || !(context.getConfiguration().getProperty(READ_TIMEOUT) instanceof Number timeout) || timeout.longValue() <= 0) {
            return;
        }
        if (context.getAcceptableMediaTypes().stream().anyMatch(WholeAnswerBound::isEventStream)) {
            return;
        }
        RestClientRequestContext request = impl.getRestClientRequestContext();
        Vertx vertx = Arc.container().instance(Vertx.class).get();
        long timer = vertx.setTimer(timeout.longValue(), id -> cut(request));
        request.getResult().whenComplete((response, failure) -> vertx.cancelTimer(timer));
    }

    /** {@code text/event-stream} itself (a wildcard {@code Accept} is not a stream). */
    static boolean isEventStream(MediaType type) {
        return MediaType.SERVER_SENT_EVENTS_TYPE.getType().equalsIgnoreCase(type.getType())
                && MediaType.SERVER_SENT_EVENTS_TYPE.getSubtype().equalsIgnoreCase(type.getSubtype());
    }

    private static void cut(RestClientRequestContext request) {
        if (request.getResult().isDone()) {
            return;
        }
        request.setUserCanceled();
        HttpClientRequest http = request.getHttpClientRequest();
        if (http != null) {
            http.reset(0, new TimeoutException("the whole answer took longer than the read timeout"));
        }
        request.getResult().completeExceptionally(new ProcessingException(
                new TimeoutException("the whole answer took longer than the read timeout")));
    }
}
