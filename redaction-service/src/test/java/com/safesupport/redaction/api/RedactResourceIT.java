package com.safesupport.redaction.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RedactResourceTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class RedactResourceIT extends RedactResourceTest {
}
