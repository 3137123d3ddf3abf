package com.safesupport.bot.redaction;

/** redaction-service could not redact: no text may travel further (fail closed). */
public class RedactionUnavailable extends RuntimeException {

    public RedactionUnavailable() {
        super("redaction-service unavailable", null, false, false);
    }
}
