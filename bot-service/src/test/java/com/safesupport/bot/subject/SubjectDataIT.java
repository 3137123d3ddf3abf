package com.safesupport.bot.subject;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SubjectDataTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class SubjectDataIT extends SubjectDataTest {
}
