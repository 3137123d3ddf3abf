package com.safesupport.platform.problem;

/**
 * Base of every domain error a service throws on purpose. The mapper turns it into problem+json.
 * The detail is shown to the caller, so it must never contain personal data.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    public DomainException(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, "not-found", "Not Found", what + " does not exist or is not visible to you");
    }

    public static DomainException conflict(String slug, String detail) {
        return new DomainException(409, slug, "Conflict", detail);
    }

    public static DomainException badRequest(String slug, String detail) {
        return new DomainException(400, slug, "Bad Request", detail);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(403, "forbidden", "Forbidden", detail);
    }
}
