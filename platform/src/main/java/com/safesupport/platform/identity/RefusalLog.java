package com.safesupport.platform.identity;

import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.regex.Pattern;

/**
 * Logs every refused request, without personal data: ids in the path are masked and
 * neither the subject nor the token is written.
 */
@ApplicationScoped
public class RefusalLog {

    private static final Logger LOG = Logger.getLogger("com.safesupport.security");
    private static final Pattern ID_SEGMENT = Pattern.compile("/[^/]*[0-9][^/]*");

    void authentication(@Observes AuthenticationFailureEvent event) {
        LOG.infof("Refused (401) %s: %s", request(event.getEventProperties().get(RoutingContext.class.getName())),
                event.getAuthenticationFailure() == null ? "no credentials" : event.getAuthenticationFailure().getClass().getSimpleName());
    }

    void authorization(@Observes AuthorizationFailureEvent event) {
        LOG.infof("Refused (403) %s: roles %s", request(event.getEventProperties().get(RoutingContext.class.getName())),
                event.getSecurityIdentity() == null ? "[]" : event.getSecurityIdentity().getRoles());
    }

    static String request(Object context) {
        if (context instanceof RoutingContext routing) {
            return routing.request().method() + " " + ID_SEGMENT.matcher(routing.normalizedPath()).replaceAll("/{id}");
        }
        return "request";
    }
}
