package com.safesupport.bot.conversation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link FairnessTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class FairnessIT extends FairnessTest {
}
