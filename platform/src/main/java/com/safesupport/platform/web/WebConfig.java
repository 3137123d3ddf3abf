package com.safesupport.platform.web;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/** Settings of the pages a service serves to browsers (customer chat, agent desk). */
@ConfigMapping(prefix = "suite.web")
public interface WebConfig {

    /**
     * The secret (at least 32 characters) that keys the CSRF tokens and, in each service's web tenant, encrypts the
     * session cookie and the PKCE state ({@code WEB_SESSION_SECRET}). Every replica of a service needs the same one;
     * when it is missing each process draws its own, so sessions and forms stay valid on that process only.
     */
    Optional<String> secret();

    /**
     * OIDC tenant → the path prefix of its pages, e.g. {@code suite.web.pages.chat=/chat}: requests under the prefix
     * sign in through that tenant's session cookie, every other request needs a bearer token ({@link PageTenants}).
     */
    Map<String, String> pages();

    /**
     * Where a page reaches its own service's API ({@code WEB_API_URL}); unset, it calls the address its own request
     * came in on. Set it only where that address does not speak plain HTTP.
     */
    Optional<String> apiUrl();
}
