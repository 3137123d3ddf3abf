package com.safesupport.bot.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ChatPageTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class ChatPageIT extends ChatPageTest {
}
