package com.safesupport.bot.conversation;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.safesupport.testing.contract.ProviderContracts;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The consumers' pacts verified against the packaged application (the native executable with -Pnative). */
@QuarkusIntegrationTest
@Provider("bot-service")
@PactFolder(ProviderContracts.FOLDER)
class BotProviderContractIT extends BotProviderContractTest {
}
