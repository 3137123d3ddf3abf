package com.safesupport.platform.identity;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Path;
import org.jboss.logging.Logger;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

/**
 * Logs every refused request, without personal data: a path segment is written only when it is a literal word of
 * the service's own routes ({@code @Path}); anything else (an id, or an e-mail address or a name a caller put where an
 * id belongs) is written as {@code {id}}. Neither the subject nor the token is written.
 */
@ApplicationScoped
public class RefusalLog {

    private static final Logger LOG = Logger.getLogger("com.safesupport.security");

    private volatile Set<String> routeWords;

    void authentication(@Observes AuthenticationFailureEvent event) {
        LOG.infof("Refused (401) %s: %s", request(event.getEventProperties().get(RoutingContext.class.getName())),
                event.getAuthenticationFailure() == null ? "no credentials" : event.getAuthenticationFailure().getClass().getSimpleName());
    }

    void authorization(@Observes AuthorizationFailureEvent event) {
        LOG.infof("Refused (403) %s: roles %s", request(event.getEventProperties().get(RoutingContext.class.getName())),
                event.getSecurityIdentity() == null ? "[]" : event.getSecurityIdentity().getRoles());
    }

    private String request(Object context) {
        if (context instanceof RoutingContext routing) {
            return routing.request().method() + " " + masked(routing.normalizedPath(), routeWords());
        }
        return "request";
    }

    /** {@code path} with every segment that is not one of {@code words} written as {@code {id}}. */
    static String masked(String path, Set<String> words) {
        StringBuilder out = new StringBuilder(Math.min(path.length(), 256));
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String segment = path.substring(start, end);
            if (start > 0) {
                out.append('/');
            }
            out.append(segment.isEmpty() || words.contains(segment) ? segment : "{id}");
            start = end + 1;
        }
        return out.toString();
    }

    /** The literal segments of every {@code @Path} of the application's beans (resources and their methods). */
    private Set<String> routeWords() {
        Set<String> words = routeWords;
        if (words == null) {
            words = new HashSet<>();
            ArcContainer container = Arc.container();
            if (container != null) {
                for (Bean<?> bean : container.beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                    addWords(bean.getBeanClass(), words);
                }
            }
            routeWords = words = Set.copyOf(words);
        }
        return words;
    }

    static void addWords(Class<?> type, Set<String> words) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            addWords(c.getAnnotation(Path.class), words);
            for (Class<?> contract : c.getInterfaces()) {
                addWords(contract.getAnnotation(Path.class), words);
            }
            try {
                for (Method method : c.getDeclaredMethods()) {
                    addWords(method.getAnnotation(Path.class), words);
                }
            } catch (LinkageError e) {
                // a bean class whose optional dependencies are absent: it has no routes of ours
            }
        }
    }

    private static void addWords(Path path, Set<String> words) {
        if (path == null) {
            return;
        }
        for (String segment : path.value().split("/")) {
            if (!segment.isEmpty() && !segment.contains("{")) {
                words.add(segment);
            }
        }
    }
}
