package com.safesupport.escalation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SaEndpointAuditTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class SaEndpointAuditIT extends SaEndpointAuditTest {
}
