package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.safesupport.redaction.detect.AnalyzerTest.assertFound;
import static com.safesupport.redaction.detect.AnalyzerTest.assertNone;
import static com.safesupport.redaction.detect.AnalyzerTest.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round 80, a clock time alone (made-up texts): "09:30", "14:05:59", "5pm", "4 p.m.", "9:30 pm" names no day and no one,
 * so no word of time lifts it over the threshold any more — "since", "until", "after", "before", "on", "time", "day"
 * (round 28b took "in", "at" and "from"). It stays at 0.35, seen at threshold 0. A date next to it, an ISO timestamp,
 * a date of birth, a weekday and a year keep their readings. Hostile inputs grow ×16 in linear time.
 */
class Rb80ClockTimesTest {

    private static List<String> dates(String text) {
        return found(text).stream().filter(f -> f.startsWith("DATE_TIME=") || f.startsWith("DATE_OF_BIRTH=")).toList();
    }

    @Test
    void aClockTimeAloneIsNotLiftedByAWordOfTime() {
        assertNone("the booking screen in the Wren room shows error 0x4412 since 09:30", "DATE_TIME=");
        assertNone("the kettle worked fine until 07:15 this morning", "DATE_TIME=");
        assertNone("please call me back on the landline after 5pm", "DATE_TIME=");
        assertNone("the shop closes before 4 p.m. on the day of the sale", "DATE_TIME=");
        assertNone("the alarm clock runs fast every day between 08:00 and 20:00", "DATE_TIME=");
        assertNone("my appointment time is 9:30 pm", "DATE_TIME=");
        assertNone("the log says the sync ran at 02:14:55, then again during the night at 03:10", "DATE_TIME=");
    }

    @Test
    void itIsStillSeenAtThresholdZero() {
        List<String> low = AnalyzerTest.ANALYZER.analyze("it has not worked since 06:30", Analyzer.Options.defaults("en", 0.0)).stream()
                .map(f -> f.type() + "@" + f.score()).toList();
        assertTrue(low.contains("DATE_TIME@0.35"), low::toString);
    }

    @Test
    void datesWeekdaysYearsAndBirthsKeepTheirReadings() {
        assertEquals(List.of("DATE_TIME=12 March 2025"), dates("the engineer came on 12 March 2025 since 09:30 was too early"));
        assertEquals(List.of("DATE_TIME=2024-03-07T09:15"), dates("logged 2024-03-07T09:15 by the app"));
        assertFound("it was fixed on Thursday", "DATE_TIME=Thursday");
        assertFound("I got it in 2019", "DATE_TIME=2019");
        assertTrue(dates("I was born on 14 March 1987 at 06:10").stream().anyMatch(f -> f.contains("14 March 1987")),
                dates("I was born on 14 March 1987 at 06:10").toString());
    }

    @Test
    void theReadingStaysLinear() {
        for (String unit : List.of("since 09:30 ", "after 5pm ", "until 4 p.m. ", "time 12:30:45 ", "day 9:30 pm ", "1:2:3:4 ")) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 16, AnalyzerTest::found);
            System.out.printf("round 80 clock times 32 kB / (16 x 2 kB) CPU time ratio %.2f (%s)%n", ratio, unit.strip());
            assertTrue(ratio < 6, "must stay linear, ratio " + ratio + " for " + unit.strip());
        }
    }
}
