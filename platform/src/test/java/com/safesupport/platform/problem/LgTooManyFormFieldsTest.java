package com.safesupport.platform.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the form parser's own "too many parameters" failure is a 413; any other bare RuntimeException stays a 500. */
class LgTooManyFormFieldsTest {

    private static RuntimeException thrownAt(String type, String method, Throwable cause) {
        RuntimeException e = new RuntimeException("too many parameters", cause);
        e.setStackTrace(new StackTraceElement[]{new StackTraceElement(type, method, "X.java", 94),
                new StackTraceElement("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler", "handle", "X.java", 95)});
        return e;
    }

    @Test
    void theFormParsersLimitIsRecognised() {
        assertTrue(TooManyFormFields.causedBy(thrownAt(TooManyFormFields.FORM_DATA, "add", null)));
    }

    @Test
    void lookAlikesAreNot() {
        assertFalse(TooManyFormFields.causedBy(thrownAt(TooManyFormFields.FORM_DATA, "get", null)), "another method");
        assertFalse(TooManyFormFields.causedBy(thrownAt("com.example.FormData", "add", null)), "another class of that name");
        assertFalse(TooManyFormFields.causedBy(thrownAt(TooManyFormFields.FORM_DATA, "add", new IllegalStateException())), "a wrapped failure");
        IllegalStateException subclass = new IllegalStateException();
        subclass.setStackTrace(thrownAt(TooManyFormFields.FORM_DATA, "add", null).getStackTrace());
        assertFalse(TooManyFormFields.causedBy(subclass), "a subclass");
        assertFalse(TooManyFormFields.causedBy(null));
    }
}
