package com.safesupport.redaction;

import com.safesupport.testing.PlumbingContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlumbingTest extends PlumbingContract {

    PlumbingTest() {
        super("redaction-service");
    }
}
