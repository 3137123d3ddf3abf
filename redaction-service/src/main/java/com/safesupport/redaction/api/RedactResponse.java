package com.safesupport.redaction.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.safesupport.redaction.anonymize.Operator;

import java.util.List;

/** The redacted text and what was found; offsets point into the request's text. */
public record RedactResponse(String text, List<Entity> entities, String language) {

    /** One entity; {@code explanation} only with {@code ?explain=true}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entity(String type, int start, int end, double score, Operator operator, String replacement,
                         String recognizer, Explanation explanation) {
    }

    /** Why an entity was reported: the recogniser, the validator that confirmed it, the context word that raised it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Explanation(String recognizer, String validator, String contextWord, double baseScore, double score) {
    }

    public record Batch(List<RedactResponse> results) {
    }
}
