package com.safesupport.bot;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AuthorizationTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class AuthorizationIT extends AuthorizationTest {
}
