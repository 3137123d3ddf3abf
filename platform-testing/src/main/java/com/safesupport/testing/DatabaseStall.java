package com.safesupport.testing;

import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What a service must do while its database stalls ({@link PostgresProxy#stall()}: connections accepted, nothing
 * answered) — the checks a {@link DatabaseOutage} test makes: a request that needs the database is answered with the
 * database problem ({@link DatabaseDown#assertProblem}) within a bound, readiness turns DOWN and UP again after
 * {@link PostgresProxy#resume()}, liveness stays UP. The bound is generous on purpose (a loaded 2-core machine): it
 * proves "answered, not hung", not a speed; the measured times are printed. The service waits out the stall with the
 * test profile's smaller pool bounds ({@link DatabaseOutage.Profile}, checked by {@link #assertBounds()}).
 * docs/bot.md, "Faults, eleventh sweep (fm10)".
 */
public final class DatabaseStall {

    /** Far above the platform's stall bounds (a few seconds): a request held past it is hung, not slow. */
    public static final Duration BOUND = Duration.ofSeconds(30);

    private DatabaseStall() {
    }

    /**
     * Stalls {@code database} and makes every check, each even when one before it failed: the {@code needsDatabase}
     * ones in order (typically {@link #assertProblem}), {@code noDatabase} answered 200, readiness DOWN, liveness UP;
     * then resumes it and waits for readiness UP.
     */
    public static void stallAndCheck(PostgresProxy database, Supplier<Response> noDatabase, Executable... needsDatabase) {
        assertBounds();
        List<Executable> checks = new ArrayList<>(List.of(needsDatabase));
        checks.add(() -> assertAnswered("a request that needs no database, with the database stalled", 200, noDatabase));
        checks.add(() -> awaitReadiness(503));
        checks.add(DatabaseStall::assertLive);
        database.stall();
        try {
            assertAll(checks.stream());
        } finally {
            database.resume();
        }
        awaitReadiness(200);
    }

    /**
     * The running service waits out the stall with the bounds of {@link DatabaseOutage.Profile} (a second each, not
     * production's 5 s and 2 s): a profile that lost them would make these tests slow again without failing.
     */
    public static void assertBounds() {
        var config = ConfigProvider.getConfig();
        assertEquals(Duration.parse("PT" + DatabaseOutage.ACQUISITION_TIMEOUT),
                config.getValue("quarkus.datasource.jdbc.acquisition-timeout", Duration.class), "acquisition timeout");
        assertEquals(Duration.parse("PT" + DatabaseOutage.VALIDATION_TIMEOUT),
                config.getValue("quarkus.datasource.jdbc.validation-query-timeout", Duration.class), "validation timeout");
    }

    /** The request, made while the database stalls, is answered with the database problem within {@link #BOUND}. */
    public static Duration assertProblem(String what, String personal, Supplier<Response> request) {
        long started = System.nanoTime();
        Response answer = assertTimeoutPreemptively(BOUND, request::get,
                what + " with the database stalled was not answered within " + BOUND);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        DatabaseDown.assertProblem(answer, personal);
        System.out.println("fm10: " + what + " with the database stalled: " + answer.statusCode() + " in "
                + took.toMillis() + " ms");
        return took;
    }

    /** The request, made with the database stalled or just back, gets {@code status} within {@link #BOUND}. */
    public static Response assertAnswered(String what, int status, Supplier<Response> request) {
        long started = System.nanoTime();
        Response answer = assertTimeoutPreemptively(BOUND, request::get, what + " was not answered within " + BOUND);
        System.out.println("fm10: " + what + ": " + answer.statusCode() + " in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        assertEquals(status, answer.statusCode(), what + ": " + answer.asString());
        return answer;
    }

    /** Waits (at most {@link #BOUND}) until {@code /q/health/ready} answers {@code status} (200 UP, 503 DOWN). */
    public static Duration awaitReadiness(int status) {
        long started = System.nanoTime();
        await("readiness " + status).atMost(BOUND).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> health("/q/health/ready") == status);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("fm10: readiness " + status + " after " + took.toMillis() + " ms");
        return took;
    }

    /** Liveness answers 200 UP within {@link #BOUND} (the database is no part of it). */
    public static void assertLive() {
        long started = System.nanoTime();
        int status = assertTimeoutPreemptively(BOUND, () -> health("/q/health/live"), "liveness did not answer");
        System.out.println("fm10: liveness " + status + " in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        assertEquals(200, status, "liveness with the database stalled");
    }

    private static int health(String path) {
        int management = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        return given().port(management).when().get(path).statusCode();
    }
}
