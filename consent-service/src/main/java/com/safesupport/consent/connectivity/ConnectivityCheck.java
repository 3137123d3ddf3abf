package com.safesupport.consent.connectivity;

import com.safesupport.consent.config.ConsentConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Calls every peer service with this service's client credentials and reports what each understood:
 * the proof that identity, audiences and roles are wired before a data-subject request depends on them.
 */
@ApplicationScoped
public class ConnectivityCheck {

    /** What one peer answered. {@code clientId} and {@code roles} are how the peer saw us. */
    public record PeerStatus(String service, boolean reachable, int status, String clientId, Set<String> roles, String problem) {
    }

    @Inject
    ConsentConfig config;

    public List<PeerStatus> run() {
        return config.services().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> check(e.getKey(), e.getValue()))
                .toList();
    }

    private PeerStatus check(String name, ConsentConfig.PeerService peer) {
        WhoAmIApi api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(peer.url()))
                .connectTimeout(peer.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(peer.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(WhoAmIApi.class);
        try {
            WhoAmIApi.WhoAmI me = api.whoami();
            return new PeerStatus(name, true, 200, me.clientId(), me.roles(), null);
        } catch (WebApplicationException e) {
            return new PeerStatus(name, true, e.getResponse().getStatus(), null, Set.of(), "refused");
        } catch (RuntimeException e) {
            return new PeerStatus(name, false, 0, null, Set.of(), e.getClass().getSimpleName());
        }
    }
}
