package com.safesupport.redaction.anonymize;

/**
 * How a detected value is replaced. {@code TAG} numbers values per scope ({@code <EMAIL_ADDRESS_1>}),
 * {@code MASK} hides characters (optionally keeping the last few), {@code REDACT} removes the value,
 * {@code HASH} writes an HMAC-SHA256 so equal values link, {@code PSEUDONYMIZE} tags and keeps the
 * original encrypted in the vault for {@code /v1/restore}.
 */
public enum Operator {
    TAG, MASK, REDACT, HASH, PSEUDONYMIZE
}
