package com.safesupport.bot.answer;

import com.safesupport.bot.config.BotConfig;
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
 * A whole-request bound on the model endpoint's chat completions ({@code bot.answer.model-request-bound}, 20 s): past
 * it the request is cancelled the way the REST client cancels a request whose {@code Uni} is cancelled (marked
 * cancelled, its HTTP request reset, which closes an HTTP/1.1 connection), and its result fails.
 *
 * <p>Why: quarkus-langchain4j calls the endpoint through the REST client's blocking method. When the model call is
 * abandoned at its {@code @Timeout}, the waiting thread is interrupted and freed, but nothing cancels the request,
 * and the client's {@code quarkus.langchain4j.openai.timeout} is an idle timeout that a dripping endpoint never trips:
 * Vert.x went on reading the drip for as long as the endpoint sent (docs/bot.md, "Faults of the model endpoint").
 *
 * <p>A global client filter ({@code @Provider}): it acts on requests whose path ends with {@code /chat/completions},
 * which only the model client sends; every other REST client of the service passes through untouched.
 */
@Provider
public class ModelRequestBound implements ResteasyReactiveClientRequestFilter {

    static final String COMPLETIONS = "/chat/completions";

    @Override
    public void filter(ResteasyReactiveClientRequestContext context) {
        String path = context.getUri().getPath();
        if (path == null || !path.endsWith(COMPLETIONS) || !(context instanceof ClientRequestContextImpl impl)) {
            return;
        }
        RestClientRequestContext request = impl.getRestClientRequestContext();
        long bound = Math.max(1, Arc.container().instance(BotConfig.class).get().answer().modelRequestBound().toMillis());
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
            http.reset(0, new TimeoutException("model request bound"));
        }
        request.getResult().completeExceptionally(new ProcessingException("model request bound"));
    }
}
