package com.safesupport.consent.purpose;

import com.safesupport.platform.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The purpose catalogue: read by anyone authenticated, managed by privacy officers. */
@Path("/v1/purposes")
@Produces(MediaType.APPLICATION_JSON)
public class PurposeResource {

    @Inject
    PurposeCatalogue catalogue;

    public record NoticeVersion(int version, String language, String text, String sha256, boolean material, Instant publishedAt) {
    }

    public record PurposeDetail(PurposeView purpose, List<NoticeVersion> notices) {
    }

    public record PurposeRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String description,
                              @NotBlank @Size(max = 300) String dpvPurpose, @NotBlank String legalBasis,
                              @NotBlank String retention, @NotBlank String consentValidity,
                              @Size(max = 20000) String noticeText, @Size(max = 16) String noticeLanguage) {
    }

    public record NoticeRequest(@NotBlank @Size(max = 20000) String text, @Size(max = 16) String language, @NotNull Boolean material) {
    }

    @Operation(summary = "List purposes",
            description = "The purpose catalogue with each purpose's current notice version.")
    @APIResponse(responseCode = "200", description = "The purposes")
    @GET
    @Authenticated
    public Collection<PurposeView> list() {
        return catalogue.all().values();
    }

    @Operation(summary = "Read a purpose",
            description = "One purpose with every notice version published for it.")
    @APIResponse(responseCode = "200", description = "The purpose and its notices")
    @APIResponse(responseCode = "404", description = "No such purpose")
    @GET
    @Path("/{code}")
    @Authenticated
    public PurposeDetail get(@PathParam("code") String code) {
        PurposeView purpose = catalogue.require(code);
        List<NoticeVersion> notices = catalogue.notices(code).stream()
                .map(n -> new NoticeVersion(n.version, n.language, n.text, n.sha256, n.material, n.publishedAt))
                .toList();
        return new PurposeDetail(purpose, notices);
    }

    @Operation(summary = "Define or change a purpose",
            description = "Creates the purpose or changes its name, description and legal basis (privacy officers).")
    @APIResponse(responseCode = "200", description = "The purpose as stored")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public PurposeView define(@PathParam("code") String code, @Valid @NotNull PurposeRequest body) {
        return catalogue.define(code, new PurposeCatalogue.PurposeDefinition(body.name(), body.description(), body.dpvPurpose(),
                body.legalBasis(), body.retention(), body.consentValidity(), body.noticeText(), body.noticeLanguage()));
    }

    /** Publishes a new notice version; {@code material: true} asks every subject again. */
    @Operation(summary = "Publish a notice version",
            description = "Publishes a new notice version for the purpose; material: true asks every subject again.")
    @APIResponse(responseCode = "200", description = "The purpose with its new current notice")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such purpose")
    @POST
    @Path("/{code}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public PurposeView publishNotice(@PathParam("code") String code, @Valid @NotNull NoticeRequest body) {
        return catalogue.publishNotice(code, body.text(), body.language(), body.material());
    }
}
