package com.safesupport.escalation;

import com.safesupport.testing.PackageCycles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every package's imports point one way (DESIGN.md, Conventions): no package cycle in escalation-service. The ticket
 * model ({@code ticket}) depends on nothing of the service; routing, the SLA clocks, the stream and the relay read
 * tickets; the agents' ticket work ({@code casework}) and hand-off intake ({@code handoff}) sit on top of them.
 */
class PackageCyclesTest {

    @Test
    void noPackageCycle() {
        PackageCycles graph = PackageCycles.of(Path.of("src/main/java"), "com.safesupport.escalation");
        assertEquals(List.of(), graph.cycles(), "package cycles, by edge: " + graph.cycleEdges());
    }
}
