package com.safesupport.bot.conversation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OtherSubjectTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class OtherSubjectIT extends OtherSubjectTest {
}
