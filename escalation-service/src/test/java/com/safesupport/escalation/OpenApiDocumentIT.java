package com.safesupport.escalation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OpenApiDocumentTest} against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
