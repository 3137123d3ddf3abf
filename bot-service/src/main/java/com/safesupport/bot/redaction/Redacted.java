package com.safesupport.bot.redaction;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** redaction-service's answer: the text with every detected value replaced, and what was found where. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Redacted(String text, List<Entity> entities, String language) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String type, int start, int end, double score, String operator, String replacement, String recognizer) {
    }

    public List<Entity> entitiesOrEmpty() {
        return entities == null ? List.of() : entities;
    }
}
