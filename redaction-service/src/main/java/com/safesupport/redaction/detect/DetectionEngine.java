package com.safesupport.redaction.detect;

import com.safesupport.redaction.config.RedactionConfig;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * The application's one {@link Analyzer}, built at start-up from the built-in recognisers, the configured
 * custom recognisers and the deployment's allow and deny lists. Gazetteers load here (about a second),
 * so the first request is as fast as the others.
 */
@ApplicationScoped
@Startup
public class DetectionEngine {

    private static final Logger LOG = Logger.getLogger(DetectionEngine.class);

    private final Analyzer analyzer;

    @Inject
    public DetectionEngine(RedactionConfig config) {
        long started = System.nanoTime();
        List<CustomRecognizers.Definition> custom = new ArrayList<>();
        config.customRecognizers().forEach((name, c) -> custom.add(new CustomRecognizers.Definition(name, c.type(), c.pattern(),
                c.score(), c.group(), c.context().orElse(List.of()), c.requiresContext(), c.validator())));
        this.analyzer = Analyzer.builtIn(config.languages(), config.phoneRegions(), CustomRecognizers.build(custom))
                .withLists(config.allowList().orElse(List.of()), config.denyList().orElse(List.of()));
        long built = System.nanoTime();
        int rounds = Math.max(1, config.warmUpRounds().orElse(warmUpRounds(ImageMode.current())));
        warmUp(analyzer, config.languages(), rounds);
        long now = System.nanoTime();
        LOG.infof("Detection engine ready: %d recognisers, languages %s, in %d ms (built in %d ms, warm-up %d rounds %d ms)",
                analyzer.recognizers().size(), config.languages(), (now - started) / 1_000_000,
                (built - started) / 1_000_000, rounds, (now - built) / 1_000_000);
    }

    /**
     * How many times {@link #warmUp} runs the samples unless {@code redaction.warm-up-rounds} says. On the JVM, 300:
     * enough calls for the JIT to compile the recognisers' code. A native executable has no JIT (its code is compiled
     * ahead of time), so the repetitions would only cost start-up time: one round there, which still runs every
     * recogniser's code once (classes initialised at run time, libphonenumber's metadata of the samples' regions)
     * before the first request.
     */
    static int warmUpRounds(ImageMode mode) {
        return mode == ImageMode.NATIVE_RUN ? 1 : 300;
    }

    /**
     * Runs every recogniser's code on made-up texts before the first request, so the first callers meet compiled
     * code rather than the interpreter (and their per-request deadline is not spent on warming up).
     */
    static void warmUp(Analyzer analyzer, List<String> languages, int rounds) {
        String[] samples = {
            "Hi, I'm Jane Roe, call +1 415 555 0100 or (415) 555-0199, mail jane.roe@example.com; card 4111 1111 1111 1111.",
            "I live at 12 Sample Street, Springfield, IL 62704, born 5-May-1980, ssn 078-05-1121, iban GB82 WEST 1234 5698 7654 32.",
            "server 192.0.2.10 and 2001:db8::1 on 2024-01-02T03:04:05Z, see https://example.org/a and www.example.com, age 42.",
            "password is s3cr3t!x, token ghp_abcdefghijklmnopqrstuvwxyz0123456789 and jane dot roe at example dot com, 9:30 pm."};
        for (String language : languages) {
            for (int round = 0; round < rounds; round++) {
                for (String sample : samples) {
                    analyzer.analyze(sample, Analyzer.Options.defaults(language, 0.4));
                }
            }
        }
    }

    public Analyzer analyzer() {
        return analyzer;
    }
}
