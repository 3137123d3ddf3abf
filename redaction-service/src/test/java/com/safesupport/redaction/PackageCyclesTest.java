package com.safesupport.redaction;

import com.safesupport.testing.PackageCycles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every package's imports point one way (DESIGN.md, Conventions): no package cycle in redaction-service. */
class PackageCyclesTest {

    @Test
    void noPackageCycle() {
        PackageCycles graph = PackageCycles.of(Path.of("src/main/java"), "com.safesupport.redaction");
        assertEquals(List.of(), graph.cycles(), "package cycles, by edge: " + graph.cycleEdges());
    }
}
