package com.safesupport.bot.conversation.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code bot_guardrail_hits_total{guardrail}}: the label is always one of the guardrails' fixed names. */
@ApplicationScoped
public class GuardrailHits {

    @Inject
    MeterRegistry metrics;

    public void hit(String guardrail) {
        metrics.counter("bot.guardrail.hits", "guardrail", guardrail).increment();
    }
}
