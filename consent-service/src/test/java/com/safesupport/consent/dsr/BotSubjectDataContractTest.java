package com.safesupport.consent.dsr;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.safesupport.testing.contract.CommittedPact;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** consent-service's subject-data contract with bot-service ({@link SubjectDataPacts}). */
@QuarkusTest
@ExtendWith(CommittedPact.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "bot-service")
class BotSubjectDataContractTest {

    static final String SERVICE = "bot-service";

    @Pact(consumer = "consent-service")
    V4Pact export(PactDslWithProvider builder) {
        return SubjectDataPacts.export(builder, SERVICE);
    }

    @Pact(consumer = "consent-service")
    V4Pact erase(PactDslWithProvider builder) {
        return SubjectDataPacts.erase(builder, SERVICE);
    }

    @Test
    @PactTestFor(pactMethod = "export")
    void exports(MockServer server) throws Exception {
        SubjectDataPacts.exported(server, SERVICE);
    }

    @Test
    @PactTestFor(pactMethod = "erase")
    void erases(MockServer server) throws Exception {
        SubjectDataPacts.erased(server, SERVICE);
    }
}
