package com.safesupport.consent;

import com.safesupport.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every test of this module runs against its own real PostgreSQL database, the mock realm's keys and a WireMock
 * playing the other services.
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "consent_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PeerServicesWireMock.class)
public class TestResources {
}
