package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Values a message itself calls made up ("test", "demo", "example", "default") and that look made up (one repeated
 * digit, or 123…), and acronyms the name model took for places. Each case sits beside the real thing it must still
 * find. Hand-written for this test.
 */
class DemoValueTest {

    static List<String> found(String text) {
        return AnalyzerTest.found(text);
    }

    @Test
    void dummyValuesCalledSoAreNoData() {
        assertEquals(List.of(), found("For the demo, set the password to 111111 and log in."));
        assertEquals(List.of(), found("Our sample PIN is 0000 in the manual"));
        assertEquals(List.of(), found("use the api key sk-000000000000000000000000 as a placeholder"));
        assertEquals(List.of(), found("As an example, ship it to 123 Example Street"));
        assertEquals(List.of(), found("the default address 000 Harbour Road shows in the form"));
    }

    @Test
    void theSameValuesWithoutTheWordStayFindings() {
        assertEquals(List.of("SECRET=0000"), found("my PIN is 0000, please reset it"));
        assertEquals(List.of("SECRET=111111"), found("password: 111111"));
        assertTrue(found("Please ship it to 123 Harbour Road, Springfield, IL 62704").stream().anyMatch(f -> f.startsWith("STREET_ADDRESS=")));
    }

    @Test
    void realValuesNearTheWordStayFindings() {
        // A real-looking value next to "test": only dummy-looking values are excused.
        assertEquals(List.of("SECRET=k7Qz9fR2"), found("the test password is k7Qz9fR2"));
        assertTrue(found("for testing I used 4821 Lindenweg Avenue, Portland, OR 97201").stream().anyMatch(f -> f.startsWith("STREET_ADDRESS=")));
    }

    @Test
    void acronymsAndSpelledOutCapitalsAreNoPlaces() {
        assertEquals(List.of(), found("Is the VPN or the SSO the problem?").stream().filter(f -> f.startsWith("LOCATION=")).toList());
        assertEquals(List.of(), found("wht is the I M E I of my phone").stream().filter(f -> f.startsWith("LOCATION=")).toList());
        assertTrue(found("I moved from the UK to Lagos last year").contains("LOCATION=UK"));
    }
}
