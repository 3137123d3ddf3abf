package com.safesupport.bot;

import com.safesupport.testing.ResourceLayering;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Resources map HTTP to service calls: no transaction, EntityManager or query in a resource (DESIGN.md, Conventions). */
class LayeringTest {

    @Test
    void resourcesHoldNoTransactionOrQuery() {
        assertEquals(List.of(), ResourceLayering.violations(Path.of("src/main/java")));
    }
}
