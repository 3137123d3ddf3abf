package com.safesupport.platform.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * Chooses the OIDC tenant by path alone: a page's paths ({@code suite.web.pages.<tenant>=/chat}) go to its
 * session-cookie tenant, every other path to the default bearer-token tenant. Without this, quarkus-oidc takes the
 * tenant from a session cookie the request carries when no path matches, and an API would accept a browser's
 * cookie in place of a bearer token: a cross-site request could then act as the signed-in person.
 */
@ApplicationScoped
public class PageTenants implements TenantResolver {

    /** quarkus-oidc's id of the unnamed tenant ({@code OidcUtils.DEFAULT_TENANT_ID}). */
    static final String DEFAULT_TENANT = "Default";

    private final Map<String, String> pages;

    public PageTenants(WebConfig config) {
        this.pages = Map.copyOf(config.pages());
    }

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String prefix = page.getValue();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return page.getKey();
            }
        }
        return DEFAULT_TENANT;
    }
}
