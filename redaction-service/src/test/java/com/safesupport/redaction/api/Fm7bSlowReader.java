package com.safesupport.redaction.api;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Duration;
import java.util.Map;

/**
 * A test-only endpoint that reads its JSON body as every endpoint of the suite does (Quarkus REST, Jackson, a worker
 * thread) and then works for twice the platform's body-read bound, as a slow peer or model makes a real handler do
 * (bot-service's message turn waiting on a slow model: FtModelFaultsTest). Hidden from the OpenAPI document.
 */
@Path("/test/fm7b/slow-reader")
public class Fm7bSlowReader {

    /** Twice the body-read bound: whatever the test profile sets it to, the handler outlasts it. */
    static Duration work() {
        return ConfigProvider.getConfig().getValue("suite.http.body-read-timeout", Duration.class).multipliedBy(2);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.SVC_BOT)
    @Operation(hidden = true)
    public String read(Map<String, String> body) throws InterruptedException {
        Thread.sleep(work().toMillis()); // the handler's own work, longer than the bound: the behaviour under test
        // The size only: a test endpoint echoes nothing of what it was sent.
        return "read " + body.getOrDefault("text", "").length() + " characters";
    }
}
