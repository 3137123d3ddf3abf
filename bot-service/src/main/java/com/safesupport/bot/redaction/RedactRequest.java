package com.safesupport.bot.redaction;

/**
 * Body of {@code POST /v1/redact}. {@code scope} is the conversation so tags are numbered per conversation;
 * {@code subjectId} (agreed extension) lets the vault erase a subject's originals.
 */
public record RedactRequest(String text, String operator, String scope, String subjectId) {
}
