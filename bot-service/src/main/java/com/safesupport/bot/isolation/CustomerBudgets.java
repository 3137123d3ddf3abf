package com.safesupport.bot.isolation;

import com.safesupport.bot.config.BotConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Per-customer budgets that hold across replicas: conversations per hour, messages per minute across all of a
 * customer's conversations, and messages per minute in one conversation. Each is a sliding-window counter (the
 * current and the previous fixed window, the previous one weighted by how much of it still overlaps) kept in one
 * PostgreSQL row per customer and budget, updated by a single upsert: replicas share it, and a refused message rolls
 * its increment back with the caller's transaction. Rows of windows long gone are purged, so the table holds at most
 * one row per active customer and budget.
 */
@ApplicationScoped
public class CustomerBudgets {

    static final String MESSAGES = "messages-per-minute";
    static final String CONVERSATIONS = "conversations-per-hour";
    static final String CONVERSATION_PREFIX = "conversation-messages:";

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    // previous_count keeps the last window's count only when it is the window right before this one.
    private static final String UPSERT = """
            insert into budget_window as b (subject_id, budget, window_start, current_count, previous_count)
            values (?1, ?2, ?3, ?5, 0)
            on conflict (subject_id, budget) do update set
              previous_count = case when b.window_start = ?3 then b.previous_count
                                    when b.window_start = ?4 then b.current_count else 0 end,
              current_count = case when b.window_start = ?3 then b.current_count + ?5 else ?5 end,
              window_start = ?3
            returning current_count, previous_count
            """;

    @Inject
    BotConfig config;

    @Inject
    Clock clock;

    /**
     * The per-hour window a new conversation counts in, at this instant: the statement that opens the conversation
     * upserts the customer's row as {@link #charge} does and hands the counts it returned to
     * {@link #checkConversation}. A refusal must roll that statement's transaction back.
     */
    public ConversationWindow conversationWindow() {
        Instant now = clock.instant();
        Instant start = windowStart(now, HOUR);
        return new ConversationWindow(now, start, start.minus(HOUR), CONVERSATIONS);
    }

    /**
     * 429 past {@code bot.budgets.conversations-per-hour}, counting this conversation: the counts are the row's
     * {@code current_count, previous_count} after the opening statement added it.
     */
    public void checkConversation(ConversationWindow window, long[] counts) {
        int limit = config.budgets().conversationsPerHour();
        check(counts, window.now(), window.start(), HOUR, limit, wait -> new TooManyRequests("too-many-conversations",
                "At most " + limit + " new conversations per hour; continue an open one or try again in " + wait + " s", wait));
    }

    /** One new conversation's per-hour window: when it was asked for, the window and the one before, the budget's name. */
    public record ConversationWindow(Instant now, Instant start, Instant previousStart, String budget) {
    }

    /**
     * The per-minute budgets a customer message counts against, at this instant: the statement that admits the
     * message (it reads the conversation too) upserts the two rows as {@link #charge} does and hands the counts it
     * returned to {@link #checkMessage}. A refusal must roll that statement's transaction back.
     */
    public MessageWindow messageWindow(UUID conversationId) {
        Instant now = clock.instant();
        Instant start = windowStart(now, MINUTE);
        return new MessageWindow(now, start, start.minus(MINUTE), CONVERSATION_PREFIX + conversationId, MESSAGES);
    }

    /**
     * 429 when the conversation's or the customer's per-minute budget is spent, counting this message: the counts
     * are the rows' {@code current_count, previous_count} after the admitting statement added it.
     */
    public void checkMessage(MessageWindow window, long[] conversationCounts, long[] customerCounts) {
        int perConversation = config.limits().messagesPerMinute();
        int perCustomer = config.budgets().messagesPerMinute();
        // The conversation's budget is checked first, as the error names the narrower limit.
        check(conversationCounts, window.now(), window.start(), MINUTE, perConversation, wait -> new TooManyRequests(
                "too-many-messages", "At most " + perConversation + " messages per minute in one conversation; try again in "
                + wait + " s", wait));
        check(customerCounts, window.now(), window.start(), MINUTE, perCustomer, wait -> new TooManyRequests("too-many-messages",
                "At most " + perCustomer + " messages per minute across your conversations; try again in " + wait + " s", wait));
    }

    /**
     * One message's per-minute window: when it arrived, the window it counts in and the one before, and the two
     * budgets' names (this conversation's, the customer's across conversations).
     */
    public record MessageWindow(Instant now, Instant start, Instant previousStart, String conversationBudget,
                                String customerBudget) {
    }

    /**
     * Charges extra messages to a customer whose input cost the suite far more than a message should (it hit
     * redaction's deadline): the cost lands on that customer's budget, not on a shared breaker. Never refuses.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void charge(String subjectId, int messages) {
        if (messages > 0) {
            upsert(subjectId, MESSAGES, MINUTE, messages);
        }
    }

    /** Forgets a customer's budgets (their data is being erased); caller's transaction. Returns the rows removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forget(String subjectId) {
        return Panache.getEntityManager().createNativeQuery("delete from budget_window where subject_id = ?1")
                .setParameter(1, subjectId).executeUpdate();
    }

    /** Windows that ended more than an hour ago weigh nothing any more. */
    @Scheduled(every = "${bot.budgets.purge-interval:10m}", delayed = "1m")
    @Transactional
    void purge() {
        Panache.getEntityManager().createNativeQuery("delete from budget_window where window_start < ?1")
                .setParameter(1, clock.instant().minus(HOUR.multipliedBy(2))).executeUpdate();
    }

    private static void check(long[] counts, Instant now, Instant start, Duration window, int limit,
                              java.util.function.LongFunction<TooManyRequests> refusal) {
        double elapsed = (double) Duration.between(start, now).toMillis() / window.toMillis();
        double used = counts[1] * (1 - elapsed) + counts[0];
        if (used > limit) {
            throw refusal.apply(retryAfter(counts[0], counts[1], limit, elapsed, window));
        }
    }

    private long[] upsert(String subjectId, String budget, Duration window, int cost) {
        Instant start = windowStart(clock.instant(), window);
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(UPSERT)
                .setParameter(1, subjectId).setParameter(2, budget).setParameter(3, start)
                .setParameter(4, start.minus(window)).setParameter(5, cost)
                .getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    static Instant windowStart(Instant now, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    /**
     * Seconds until one more would fit: later in this window as the previous window's weight fades, or in the next
     * window, where this window's count becomes the fading one.
     */
    static long retryAfter(long current, long previous, int limit, double elapsed, Duration window) {
        double w = window.toSeconds();
        // counts include the refused one; without it: current - 1
        long mine = current - 1;
        if (mine + 1 <= limit && previous > 0) {
            double at = 1 - (limit - mine - 1) / (double) previous;
            return (long) Math.ceil(Math.max(0, at - elapsed) * w);
        }
        double rest = (1 - elapsed) * w;
        double next = mine <= 0 ? 0 : Math.max(0, 1 - (limit - 1) / (double) mine) * w;
        return (long) Math.ceil(rest + next);
    }
}
