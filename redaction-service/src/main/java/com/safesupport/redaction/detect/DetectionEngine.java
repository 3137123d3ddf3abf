package com.safesupport.redaction.detect;

import com.safesupport.redaction.config.RedactionConfig;
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
        LOG.infof("Detection engine ready: %d recognisers, languages %s, in %d ms", analyzer.recognizers().size(),
                config.languages(), (System.nanoTime() - started) / 1_000_000);
    }

    public Analyzer analyzer() {
        return analyzer;
    }
}
