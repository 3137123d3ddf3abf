package com.safesupport.platform.web;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web-page resource (signed in through a session cookie): every POST, PUT, PATCH or DELETE it serves must
 * carry the session's CSRF token ({@link CsrfFilter}). Bearer-token APIs need none: a browser never sends them alone.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CsrfProtected {
}
