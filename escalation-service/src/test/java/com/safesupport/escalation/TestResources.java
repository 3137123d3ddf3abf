package com.safesupport.escalation;

import com.safesupport.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every test of this module runs against its own real PostgreSQL database, the mock realm's keys, and a WireMock
 * server standing in for bot-service (another service: its contract is what the relay tests check).
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "escalation_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(BotServiceMock.class)
public class TestResources {
}
