package com.safesupport.consent;

import com.safesupport.testing.PackageCycles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every package's imports point one way (DESIGN.md, Conventions): no package cycle in consent-service. */
class PackageCyclesTest {

    @Test
    void noPackageCycle() {
        PackageCycles graph = PackageCycles.of(Path.of("src/main/java"), "com.safesupport.consent");
        assertEquals(List.of(), graph.cycles(), "package cycles, by edge: " + graph.cycleEdges());
    }
}
