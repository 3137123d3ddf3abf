package com.safesupport.bot;

import com.safesupport.bot.support.DownstreamStubs;
import com.safesupport.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every test of this module runs against its own real PostgreSQL database, the mock realm's keys, and WireMock
 * standing in for consent-, redaction- and escalation-service and the LLM endpoint.
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "bot_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
public class TestResources {
}
