package com.safesupport.redaction;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PlumbingTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class PlumbingIT extends PlumbingTest {
}
