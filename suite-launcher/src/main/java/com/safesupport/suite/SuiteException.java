package com.safesupport.suite;

/** A failure the launcher explains to its user in one line, without a stack trace. */
final class SuiteException extends RuntimeException {

    SuiteException(String message) {
        super(message);
    }

    SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
