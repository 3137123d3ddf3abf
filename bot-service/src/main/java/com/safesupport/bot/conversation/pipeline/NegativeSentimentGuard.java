package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.handoff.HandoffReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Frustration is judged over the turns, not one message: two frustrated or abusive messages in a row hand over
 * ({@code NEGATIVE_SENTIMENT}); a single abusive one is answered calmly.
 */
@ApplicationScoped
public class NegativeSentimentGuard implements InputGuard {

    @Inject
    GuardrailHits hits;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Outcome check(TurnContext turn, InputVerdict verdict) {
        boolean negative = verdict.abuse() || verdict.frustrated();
        int streak = negative ? turn.conversation().negativeStreak() + 1 : 0;
        turn.negativeStreak(streak);
        turn.ran("abuse", verdict.abuse() ? "HIT" : "PASS");
        turn.ran("frustration", negative ? "HIT:" + streak : "PASS");
        if (streak >= 2) {
            hits.hit("frustration");
            return Outcome.stop(Verdict.handOff(HandoffReason.NEGATIVE_SENTIMENT));
        }
        if (verdict.abuse()) {
            hits.hit("abuse");
            return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.ABUSE, "ABUSE"));
        }
        return Outcome.CONTINUE;
    }
}
