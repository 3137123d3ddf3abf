package com.safesupport.escalation.subject;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HeldTicketsTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class HeldTicketsIT extends HeldTicketsTest {
}
