package com.safesupport.escalation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link EndpointSecurityTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class EndpointSecurityIT extends EndpointSecurityTest {
}
