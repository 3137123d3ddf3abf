package com.safesupport.bot.conversation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ConversationFlowTest}'s black-box tests against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
class ConversationFlowIT extends ConversationFlowTest {
}
