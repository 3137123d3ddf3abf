package com.safesupport.escalation.sla;

import com.safesupport.escalation.config.EscalationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Business hours: open days, an opening and a closing time in one zone, and holidays. SLA clocks with
 * {@code businessHours} only run while the business is open.
 */
@ApplicationScoped
public class BusinessCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime open;
    private final LocalTime close;
    private final Set<LocalDate> holidays;

    @Inject
    public BusinessCalendar(EscalationConfig config) {
        this(ZoneId.of(config.businessHours().zone()), config.businessHours().days(), config.businessHours().open(),
                config.businessHours().close(), config.businessHours().holidays().orElse(List.of()));
    }

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime open, LocalTime close, List<LocalDate> holidays) {
        if (!close.isAfter(open) || days.isEmpty()) {
            throw new IllegalStateException("escalation.business-hours needs open before close and at least one day");
        }
        this.zone = zone;
        this.days = Set.copyOf(days);
        this.open = open;
        this.close = close;
        this.holidays = Set.copyOf(holidays);
    }

    /** The instant at which {@code amount} of business time has passed after {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        Duration left = amount;
        ZonedDateTime cursor = start.atZone(zone);
        for (int guard = 0; guard < 20_000; guard++) {
            LocalDate day = cursor.toLocalDate();
            if (isOpenDay(day)) {
                ZonedDateTime dayOpen = day.atTime(open).atZone(zone);
                ZonedDateTime dayClose = day.atTime(close).atZone(zone);
                ZonedDateTime from = cursor.isBefore(dayOpen) ? dayOpen : cursor;
                if (from.isBefore(dayClose)) {
                    Duration available = Duration.between(from, dayClose);
                    if (available.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            cursor = day.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("No business hours within the next 20000 days");
    }

    /** Business time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            LocalDate day = cursor.toLocalDate();
            ZonedDateTime nextDay = day.plusDays(1).atStartOfDay(zone);
            if (isOpenDay(day)) {
                ZonedDateTime a = max(cursor, day.atTime(open).atZone(zone));
                ZonedDateTime b = min(end, day.atTime(close).atZone(zone));
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            cursor = nextDay;
        }
        return total;
    }

    private boolean isOpenDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
