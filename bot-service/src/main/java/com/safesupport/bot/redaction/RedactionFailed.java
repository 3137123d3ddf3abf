package com.safesupport.bot.redaction;

/** redaction-service answered with an error that is not about one input: a failure of the service. */
public class RedactionFailed extends RuntimeException {

    public RedactionFailed(int status) {
        super("redaction-service answered " + status, null, false, false);
    }
}
