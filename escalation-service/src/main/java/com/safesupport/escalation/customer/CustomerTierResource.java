package com.safesupport.escalation.customer;

import com.safesupport.platform.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;


/** {@code /v1/customers/{subjectId}/tier}: the tier that raises a customer's hand-off priority (supervisors). */
@Path("/v1/customers/{subjectId}/tier")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerTierResource {

    public record TierRequest(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String tier) {
    }

    @Inject
    CustomerTiers tiers;

    @Operation(summary = "Read a customer's tier",
            description = "The tier that raises the priority of the customer's hand-offs.")
    @APIResponse(responseCode = "200", description = "The tier")
    @APIResponse(responseCode = "404", description = "No tier is set for this customer")
    @GET
    public CustomerTiers.TierView get(@PathParam("subjectId") String subjectId) {
        return tiers.of(subjectId);
    }

    @Operation(summary = "Set a customer's tier",
            description = "Sets the tier that raises the priority of the customer's future hand-offs.")
    @APIResponse(responseCode = "200", description = "The tier as stored")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @PUT
    public CustomerTiers.TierView put(@PathParam("subjectId") String subjectId, @Valid @NotNull TierRequest body) {
        return tiers.set(subjectId, body.tier());
    }
}
