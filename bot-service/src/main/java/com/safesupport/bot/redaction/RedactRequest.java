package com.safesupport.bot.redaction;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /v1/redact}. {@code scope} is the conversation so tags are numbered per conversation;
 * {@code subjectId} (agreed extension) lets the vault erase a subject's originals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RedactRequest(String text, String operator, String scope, String subjectId) {
}
