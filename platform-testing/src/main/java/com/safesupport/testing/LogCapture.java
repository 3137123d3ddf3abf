package com.safesupport.testing;

import org.jboss.logmanager.ExtLogRecord;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Everything the service logs while a test runs, at every level down to DEBUG for the suite's own packages, and the
 * check that none of the personal values the test sent appears in it ("no personal data in logs", checked rather than
 * read). A {@code @QuarkusTest} runs the service in the test's JVM, so a handler on the root logger sees every line the
 * service writes: message, parameters and any exception with its causes and stack.
 * <pre>
 * try (LogCapture logs = LogCapture.start()) {
 *     ... send "Ada Lovelace", "ada@example.org" through the flows ...
 *     logs.assertNoneOf("Ada Lovelace", "ada@example.org");
 * }
 * </pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** The suite's packages (and its security refusal log), logged at DEBUG while a capture runs. */
    private static final String[] PRODUCT_LOGGERS = {"com.safesupport"};

    /**
     * Personal values of every kind the suite handles, made up and unlikely to occur in a log by chance: a name, an
     * e-mail address, a phone number, an IBAN, a card number and a sentence of free text.
     */
    public static final List<String> PERSONAL = List.of("Wilhelmina Quartermaine", "wilhelmina.quartermaine@example.org",
            "+44 20 7946 0817", "GB33BUKB20201555555555", "4111 1111 1111 1111", "my cat Zephyrine ate the router");

    /** The {@link #PERSONAL} values in one customer's message, as a test sends them. */
    public static String personalText() {
        return "Hi, I'm " + PERSONAL.get(0) + ", mail " + PERSONAL.get(1) + " or call " + PERSONAL.get(2) + ". IBAN "
                + PERSONAL.get(3) + ", card " + PERSONAL.get(4) + ". Also " + PERSONAL.get(5) + ".";
    }

    /** Fails if any {@link #PERSONAL} value (or one of {@code more}) was logged. */
    public void assertNoPersonalData(String... more) {
        List<String> values = new ArrayList<>(PERSONAL);
        values.add("Quartermaine"); // the surname alone, as a log of "first word" or a masked name would keep it
        values.add("Zephyrine");
        values.add("4111111111111111"); // the card without its spaces, as a normaliser writes it
        values.addAll(List.of(more));
        assertNoneOf(values.toArray(String[]::new));
    }

    private final List<String> lines = new ArrayList<>();
    private final Level[] previousLevels = new Level[PRODUCT_LOGGERS.length];

    private LogCapture() {
        setLevel(Level.ALL);
    }

    /** Starts capturing: the product's packages log at DEBUG until {@link #close()}. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        for (int i = 0; i < PRODUCT_LOGGERS.length; i++) {
            Logger logger = Logger.getLogger(PRODUCT_LOGGERS[i]);
            capture.previousLevels[i] = logger.getLevel();
            logger.setLevel(Level.FINE);
        }
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLevel() + " [" + record.getLoggerName() + "] ");
        line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        if (record.getParameters() != null) {
            // Also the raw parameters: a formatter that drops one would hide it from the check, not from a log shipper.
            for (Object parameter : record.getParameters()) {
                line.append(" | ").append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        synchronized (lines) {
            lines.add(line.toString());
        }
    }

    /** Every line captured so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * Fails, naming the value and the line, if any captured line contains one of {@code personalValues} (compared
     * case-insensitively: a logger may lower-case an e-mail address). Values shorter than 4 characters are refused,
     * because they would match by chance.
     */
    public void assertNoneOf(String... personalValues) {
        List<String> captured = lines();
        if (captured.isEmpty()) {
            fail("no log line captured: the check would pass vacuously");
        }
        List<String> leaks = new ArrayList<>();
        for (String value : personalValues) {
            if (value.length() < 4) {
                throw new IllegalArgumentException("a personal value of under 4 characters matches by chance: " + value);
            }
            String needle = value.toLowerCase(Locale.ROOT);
            for (String line : captured) {
                if (line.toLowerCase(Locale.ROOT).contains(needle)) {
                    leaks.add("'" + value + "' in: " + (line.length() > 400 ? line.substring(0, 400) + "…" : line));
                }
            }
        }
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " log line(s) carry personal data the test sent:\n" + String.join("\n", leaks));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
        for (int i = 0; i < PRODUCT_LOGGERS.length; i++) {
            Logger.getLogger(PRODUCT_LOGGERS[i]).setLevel(previousLevels[i]);
        }
    }
}
