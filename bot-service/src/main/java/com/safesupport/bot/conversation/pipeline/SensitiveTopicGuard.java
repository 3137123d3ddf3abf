package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Self-harm, bereavement, hardship, vulnerability, legal threats, discrimination, fraud in progress → a person. */
@ApplicationScoped
public class SensitiveTopicGuard implements InputGuard {

    @Inject
    GuardrailHits hits;

    // Round 30b (issue 14): before the human-request guard, so that a message that is both ("I'm filing a complaint with
    // the regulator", "everyone would be better off without me") goes over as SENSITIVE_TOPIC, the reason escalation
    // gives a higher priority, not as an ordinary request for a person.
    @Override
    public int order() {
        return 15;
    }

    @Override
    public Outcome check(TurnContext turn, InputVerdict verdict) {
        // Rounds bl1 and bl2: a hit of the learned layer names it and its score, as the other learned guardrails do; a rule
        // category or a pass is recorded as before.
        Optional<Signal> learned = verdict.signal("sensitive-topic")
                .filter(s -> s.hit() && s.rule().equals(Optional.of(InputScreen.LEARNED)));
        if (learned.isPresent()) {
            turn.ran(new GuardrailRun("sensitive-topic", "HIT:" + InputScreen.LEARNED, InputScreen.LEARNED,
                    learned.get().score()));
        } else {
            turn.ran("sensitive-topic", verdict.sensitiveTopic().map(c -> "HIT:" + c).orElse("PASS"));
        }
        if (verdict.sensitiveTopic().isEmpty()) {
            return Outcome.CONTINUE;
        }
        hits.hit("sensitive-topic");
        return Outcome.stop(Verdict.handOff(Reason.SENSITIVE_TOPIC));
    }
}
