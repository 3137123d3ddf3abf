package com.safesupport.platform.memory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutableMappingsTest {

    private static final String EXE = "/opt/service/app-runner";

    // The shape of a native executable's /proc/self/maps (addresses and sizes shortened).
    private static final List<String> MAPS = List.of(
            "00400000-00600000 r--p 00000000 00:2a 1234                               /opt/service/app-runner",
            "00600000-03e00000 r-xp 00200000 00:2a 1234                               /opt/service/app-runner",
            "03e00000-07600000 r--p 03a00000 00:2a 1234                               /opt/service/app-runner",
            "07600000-07a00000 rw-p 07200000 00:2a 1234                               /opt/service/app-runner",
            "07a00000-07b00000 rw-p 00000000 00:00 0 ",
            "7f0000000000-7f0000200000 rw-p 00000000 00:00 0                          [heap]",
            "7f1000000000-7f1000100000 r-xp 00000000 08:01 99                         /usr/lib/libc.so.6",
            "7f2000000000-7f2000010000 r--p 00000000 00:2a 1234                       /opt/service/app-runner-other",
            "7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]",
            "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]");

    @Test
    void choosesTheExecutablesReadOnlyMappingsOnly() {
        List<ExecutableMappings.Mapping> chosen = ExecutableMappings.readOnly(MAPS, EXE);

        assertEquals(List.of(0x400000L, 0x600000L, 0x3e00000L), chosen.stream().map(ExecutableMappings.Mapping::start).toList());
        assertEquals(List.of("r--p", "r-xp", "r--p"), chosen.stream().map(ExecutableMappings.Mapping::permissions).toList());
        assertEquals(0x600000L - 0x400000L, chosen.get(0).length());
        assertEquals(0x7600000L - 0x3e00000L, chosen.get(2).length());
    }

    @Test
    void pathsWithSpacesAndDeletedExecutablesMatchTheLinkExactly() {
        String deleted = "/opt/my app/runner (deleted)";
        List<String> maps = List.of(
                "00400000-00600000 r-xp 00000000 00:2a 1234   /opt/my app/runner (deleted)",
                "00600000-00700000 r--p 00200000 00:2a 1234   /opt/my app/runner");

        assertEquals(1, ExecutableMappings.readOnly(maps, deleted).size());
        assertEquals(0x400000L, ExecutableMappings.readOnly(maps, deleted).get(0).start());
        assertEquals(0x600000L, ExecutableMappings.readOnly(maps, "/opt/my app/runner").get(0).start());
    }

    @Test
    void parsesAddressesAboveTheSignedRangeAndRejectsOtherShapes() {
        ExecutableMappings.Mapping vsyscall = ExecutableMappings.parse(MAPS.get(MAPS.size() - 1)).orElseThrow();
        assertEquals(0x1000L, vsyscall.length());
        assertEquals("[vsyscall]", vsyscall.path());

        ExecutableMappings.Mapping anonymous = ExecutableMappings.parse(MAPS.get(4)).orElseThrow();
        assertEquals("", anonymous.path());
        assertTrue(anonymous.writable());

        for (String bad : List.of("", "garbage", "00400000 r-xp 0 00:2a 1 /x", "zz-00600000 r-xp 0 00:2a 1 /x",
                "00600000-00400000 r-xp 0 00:2a 1 /x", "00400000-00600000 rx 0 00:2a 1 /x")) {
            assertTrue(ExecutableMappings.parse(bad).isEmpty(), bad);
        }
        assertTrue(ExecutableMappings.readOnly(List.of("garbage", ""), EXE).isEmpty());
    }

    @Test
    void pagesOutEveryMappingWhenTheKernelKnowsPageout() {
        List<ExecutableMappings.Mapping> chosen = ExecutableMappings.readOnly(MAPS, EXE);
        List<String> calls = new ArrayList<>();

        StartupPageRelease.Outcome outcome = StartupPageRelease.release(chosen, (address, length, advice) -> {
            calls.add(Long.toHexString(address) + "+" + Long.toHexString(length) + ":" + advice);
            return 0;
        });

        assertEquals(List.of("400000+200000:21", "600000+3800000:21", "3e00000+3800000:21"), calls);
        assertEquals(new StartupPageRelease.Outcome(Madvise.MADV_PAGEOUT, 3, 0x7200000L), outcome);
    }

    @Test
    void fallsBackToColdWhenPageoutIsRefusedAndGivesUpWhenBothAre() {
        List<ExecutableMappings.Mapping> chosen = ExecutableMappings.readOnly(MAPS, EXE);
        List<Integer> advices = new ArrayList<>();

        StartupPageRelease.Outcome cold = StartupPageRelease.release(chosen, (address, length, advice) -> {
            advices.add(advice);
            return advice == Madvise.MADV_PAGEOUT ? -1 : 0;
        });
        assertEquals(List.of(21, 20, 20, 20), advices);
        assertEquals(new StartupPageRelease.Outcome(Madvise.MADV_COLD, 3, 0x7200000L), cold);

        assertEquals(new StartupPageRelease.Outcome(0, 0, 0),
                StartupPageRelease.release(chosen, (address, length, advice) -> -1));

        // One mapping refused after the advice was chosen is skipped, the others still count.
        StartupPageRelease.Outcome partial = StartupPageRelease.release(chosen,
                (address, length, advice) -> address == 0x600000L ? -1 : 0);
        assertEquals(new StartupPageRelease.Outcome(Madvise.MADV_PAGEOUT, 2, 0x3a00000L), partial);
    }
}
