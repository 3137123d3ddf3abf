package com.safesupport.platform.identity;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service role ({@code svc-*}) counts only in a token issued to that service's own client ({@code azp}, see
 * {@link Roles#SERVICE_ROLE_CLIENTS}): a realm administrator who grants {@code svc-bot} to a person, or a leaked role
 * on another client, gives nothing. The role is dropped from the identity, so {@code @RolesAllowed} refuses with
 * 403 as for any missing role. Logged without personal data (the client id is not personal).
 */
@ApplicationScoped
public class ServiceRoleClients implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger("com.safesupport.security");

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String client = clientOf(identity);
        Set<String> foreign = identity.getRoles().stream()
                .filter(role -> Roles.SERVICE_ROLE_CLIENTS.containsKey(role)
                        && !Roles.SERVICE_ROLE_CLIENTS.get(role).equals(client))
                .collect(Collectors.toSet());
        if (foreign.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        LOG.infof("Dropped service roles %s from a token of client %s: they belong to other clients", foreign, client);
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission);
        identity.getRoles().stream().filter(role -> !foreign.contains(role)).forEach(builder::addRole);
        return Uni.createFrom().item(builder.build());
    }

    static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            if (azp == null) {
                azp = token.getClaim("client_id");
            }
            return azp == null ? null : azp.toString();
        }
        return null;
    }
}
