package com.safesupport.consent;

import com.safesupport.testing.PlumbingContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlumbingTest extends PlumbingContract {

    PlumbingTest() {
        super("consent-service");
    }
}
