package com.safesupport.redaction.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PresidioApiTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class PresidioApiIT extends PresidioApiTest {
}
