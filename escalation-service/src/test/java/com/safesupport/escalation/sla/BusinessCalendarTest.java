package com.safesupport.escalation.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BusinessCalendarTest {

    private final BusinessCalendar berlin = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            List.of(LocalDate.of(2026, 12, 25)));

    @Test
    void timeAfterClosingCarriesOverTheWeekend() {
        // Friday 2026-11-27 15:00 Berlin (14:00Z) + 3 business hours → Monday 10:00 Berlin (09:00Z).
        assertEquals(Instant.parse("2026-11-30T09:00:00Z"), berlin.plus(Instant.parse("2026-11-27T14:00:00Z"), Duration.ofHours(3)));
    }

    @Test
    void startingBeforeOpeningCountsFromOpening() {
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), berlin.plus(Instant.parse("2026-11-23T05:00:00Z"), Duration.ofHours(1)));
    }

    @Test
    void holidaysAreClosed() {
        // Thursday 24 Dec 16:00 Berlin + 2h → Friday 25 Dec is a holiday → Monday 28 Dec 10:00 Berlin.
        assertEquals(Instant.parse("2026-12-28T09:00:00Z"), berlin.plus(Instant.parse("2026-12-24T15:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void betweenCountsOnlyOpenHours() {
        assertEquals(Duration.ofHours(3), berlin.between(Instant.parse("2026-11-27T14:00:00Z"), Instant.parse("2026-11-30T09:00:00Z")));
        assertEquals(Duration.ZERO, berlin.between(Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-29T10:00:00Z")));
    }
}
