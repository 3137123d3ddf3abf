package com.safesupport.consent;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DecisionTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class DecisionIT extends DecisionTest {
}
