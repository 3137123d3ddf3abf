package com.safesupport.platform.problem;

/**
 * Whether Quarkus REST refused a form for having more fields than {@code quarkus.http.limits.max-form-fields}: its form
 * parser throws a bare {@code RuntimeException} from {@code FormData.add}, which would otherwise be a 500. That is a
 * request over a limit (413), not a defect. Found by LgBotTest (a page form of 10,000 fields answered 500).
 */
final class TooManyFormFields {

    static final String FORM_DATA = "org.jboss.resteasy.reactive.server.core.multipart.FormData";

    private TooManyFormFields() {
    }

    static boolean causedBy(Throwable failure) {
        if (failure == null || failure.getClass() != RuntimeException.class || failure.getCause() != null) {
            return false;
        }
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length > 0 && FORM_DATA.equals(frames[0].getClassName()) && "add".equals(frames[0].getMethodName());
    }
}
