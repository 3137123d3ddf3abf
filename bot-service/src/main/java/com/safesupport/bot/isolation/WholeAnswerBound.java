package com.safesupport.bot.isolation;

import io.quarkus.arc.Arc;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.client.impl.ClientRequestContextImpl;
import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import java.util.concurrent.TimeoutException;

/**
 * Every outgoing REST client request of this service gets its client's read timeout as a bound on the whole
 * exchange, body included: past it the request is cancelled the way the REST client cancels a request whose
 * {@code Uni} is cancelled (marked cancelled, its HTTP request reset, which closes an HTTP/1.1 connection), and its
 * result fails with a {@link ProcessingException}, as a read timeout does.
 *
 * <p>Why: the REST client (Vert.x) applies the read timeout as an idle timeout, which a peer that drips its answer
 * never trips, and a blocking call's interrupted wait cancels nothing. The model call (quarkus-langchain4j's blocking
 * {@code OpenAiRestApi} method, read timeout {@code quarkus.langchain4j.openai.timeout}) kept reading an abandoned
 * drip after its {@code @Timeout} had freed the thread, and the chat page's blocking calls to consent-service
 * (read timeout {@code quarkus.rest-client.read-timeout}) held the customer's page for as long as consent-service
 * dripped (docs/bot.md, "Faults of the model endpoint" and "Faults of consent-, redaction- and escalation-service").
 * A peer that answers at once is not affected: its answer was already bounded by the same timeout while it was silent.
 *
 * <p>A global client filter ({@code @Provider}): the REST client registers it on every client of the service.
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
        long bound = timeout.longValue();
        RestClientRequestContext request = impl.getRestClientRequestContext();
        Vertx vertx = Arc.container().instance(Vertx.class).get();
        long timer = vertx.setTimer(bound, id -> cut(request));
        request.getResult().whenComplete((response, failure) -> vertx.cancelTimer(timer));
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
