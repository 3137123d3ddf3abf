package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.CustomerLanguage;
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
        // Round 48 (issue 14, bh48): after the opening, a refusal of a message in a language the knowledge base does not
        // serve (CustomerLanguage) is no help to that customer either, and the injection classifier reads complaints in
        // those languages least well ("Esa respuesta no me sirve, ...", "Das beantwortet meine Frage ... nicht"): it
        // counts as an unhelpful reply, and as the second in a row it hands over (REPEATED_FAILURE) instead of refusing
        // again. The message is still never answered: a person reads the redacted transcript, no model does. English
        // messages and openings are refused as before.
        if (turn.conversation().turns() > 0 && CustomerLanguage.of(turn.question()).isPresent()) {
            int streak = turn.conversation().unhelpfulStreak() + 1;
            turn.unhelpfulStreak(streak);
            if (streak >= 2) {
                return Outcome.stop(Verdict.handOff(OwnReason.order(turn, Reason.REPEATED_FAILURE, Reason.GUARDRAIL_BLOCKED)).after("PROMPT_INJECTION"));
            }
        }
        return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.INJECTION, "PROMPT_INJECTION",
                Reason.GUARDRAIL_BLOCKED.name()));
    }
}
