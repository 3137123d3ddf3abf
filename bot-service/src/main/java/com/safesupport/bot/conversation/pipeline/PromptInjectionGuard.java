package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.handoff.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Prompt injection, jailbreaks and system-prompt extraction are refused and never answered. */
@ApplicationScoped
public class PromptInjectionGuard implements InputGuard {

    @Inject
    GuardrailHits hits;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Outcome check(TurnContext turn, InputVerdict verdict) {
        verdict.signal("prompt-injection").ifPresentOrElse(turn::ran, () -> turn.ran("prompt-injection", verdict.injection() ? "HIT" : "PASS"));
        if (!verdict.injection()) {
            return Outcome.CONTINUE;
        }
        hits.hit("prompt-injection");
        return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.INJECTION, "PROMPT_INJECTION",
                Reason.GUARDRAIL_BLOCKED.name()));
    }
}
