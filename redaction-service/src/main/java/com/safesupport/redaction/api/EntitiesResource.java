package com.safesupport.redaction.api;

import com.safesupport.platform.identity.Roles;
import com.safesupport.redaction.detect.DetectionEngine;
import com.safesupport.redaction.detect.EntityTypes;
import com.safesupport.redaction.detect.Recognizer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code GET /v1/entities}: the entity types this deployment detects and the recognisers behind them. */
@Path("/v1/entities")
@RolesAllowed({Roles.SVC_BOT, Roles.SVC_ESCALATION, Roles.SVC_CONSENT, Roles.SUPERVISOR, Roles.PRIVACY_OFFICER})
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesResource {

    public record Catalogue(List<EntityType> entities, List<RecognizerInfo> recognizers, Set<String> languages) {
    }

    public record EntityType(String type, String description, boolean personalData, List<String> recognizers) {
    }

    public record RecognizerInfo(String name, Set<String> types, Set<String> languages, String validator) {
    }

    @Inject
    DetectionEngine engine;

    @Operation(summary = "List detectable entity types",
            description = "The entity types this deployment detects, whether each is personal data, the recognisers behind them and the languages supported.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @GET
    public Catalogue entities() {
        List<Recognizer> recognizers = engine.analyzer().recognizers();
        Set<String> types = new java.util.LinkedHashSet<>(EntityTypes.ORDER);
        recognizers.forEach(r -> types.addAll(new TreeSet<>(r.types())));
        List<EntityType> entities = new ArrayList<>();
        for (String type : types) {
            EntityTypes.Type known = EntityTypes.BUILT_IN.get(type);
            List<String> by = recognizers.stream().filter(r -> r.types().contains(type)).map(Recognizer::name).distinct().toList();
            if (type.equals("DENY_LIST")) {
                by = List.of("DenyListRecognizer");
            }
            entities.add(new EntityType(type, known == null ? "Custom entity type (configuration)" : known.description(),
                    known == null || known.personal(), by));
        }
        List<RecognizerInfo> infos = recognizers.stream()
                .map(r -> new RecognizerInfo(r.name(), new TreeSet<>(r.types()), new TreeSet<>(r.languages()), r.validator()))
                .toList();
        return new Catalogue(entities, infos, new TreeSet<>(engine.analyzer().languages()));
    }
}
