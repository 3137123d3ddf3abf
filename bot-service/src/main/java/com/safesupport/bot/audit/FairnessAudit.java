package com.safesupport.bot.audit;

import com.safesupport.bot.decision.DecisionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fairness audit behind {@code GET /v1/audit/fairness}: answer, escalation and refusal rates per segment (locale, channel)
 * over the decision records of a period, with the four-fifths rule flagged: a segment whose answer rate is below
 * 80 % of the best segment's is disadvantaged.
 */
@ApplicationScoped
public class FairnessAudit {

    public record Segment(String dimension, String value, long turns, double answerRate, double escalationRate,
                          double refusalRate, double impactRatio, boolean fourFifthsViolated) {
    }

    public record Report(Instant from, Instant to, long turns, List<Segment> segments, boolean anyViolation) {
    }

    @Inject
    Clock clock;

    /** The report over the last {@code days} days (clamped to 1..3650), in one transaction. */
    @Transactional
    public Report report(int days) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(Math.max(1, Math.min(days, 3650))));
        List<Segment> segments = new ArrayList<>();
        segments.addAll(dimension("locale", from, to));
        segments.addAll(dimension("channel", from, to));
        long turns = DecisionRecord.count("createdAt >= ?1 and createdAt <= ?2", from, to);
        return new Report(from, to, turns, segments, segments.stream().anyMatch(Segment::fourFifthsViolated));
    }

    private List<Segment> dimension(String field, Instant from, Instant to) {
        // field is one of two constants, never caller input.
        List<Object[]> rows = DecisionRecord.getEntityManager().createQuery(
                        "select d." + field + ", d.kind, count(d) from DecisionRecord d where d.createdAt >= ?1 and d.createdAt <= ?2 "
                                + "group by d." + field + ", d.kind", Object[].class)
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((String) row[0], k -> new long[4]);
            long n = (Long) row[2];
            c[0] += n;
            switch ((String) row[1]) {
                case "ANSWER" -> c[1] += n;
                case "ESCALATED" -> c[2] += n;
                case "REFUSED" -> c[3] += n;
                default -> { }
            }
        }
        double best = counts.values().stream().mapToDouble(c -> (double) c[1] / c[0]).max().orElse(0);
        List<Segment> out = new ArrayList<>();
        counts.forEach((value, c) -> {
            double answerRate = (double) c[1] / c[0];
            double impact = best == 0 ? 1.0 : answerRate / best;
            out.add(new Segment(field, value, c[0], round(answerRate), round((double) c[2] / c[0]), round((double) c[3] / c[0]),
                    round(impact), impact < 0.8));
        });
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
