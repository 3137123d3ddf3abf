package com.safesupport.bot;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OpenApiDocumentTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
