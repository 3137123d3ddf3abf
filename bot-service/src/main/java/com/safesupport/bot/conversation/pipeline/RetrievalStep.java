package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The knowledge base decides whether the bot may answer at all: below the scope threshold the question is politely
 * declined ({@code OUT_OF_SCOPE}), below the answer threshold the customer is asked to clarify
 * ({@code LOW_CONFIDENCE}); two such turns in a row go to a person ({@code REPEATED_FAILURE}).
 */
@ApplicationScoped
public class RetrievalStep implements Step {

    @Inject
    KnowledgeBase knowledge;

    @Inject
    BotConfig config;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Outcome run(TurnContext turn) {
        Retrieval retrieval = knowledge.search(turn.question(), config.knowledge().topK());
        turn.retrieval(retrieval);
        // The learned scope classifier (InputScreen) may decline what retrieval alone would answer.
        boolean classifiedOutOfScope = turn.inputVerdict().map(v -> v.outOfScope()).orElse(false);
        turn.inputVerdict().flatMap(v -> v.signal("scope")).ifPresent(turn::ran);
        if (retrieval.confidence() >= config.answer().answerThreshold() && !classifiedOutOfScope) {
            return Outcome.CONTINUE;
        }
        boolean outOfScope = retrieval.confidence() < config.answer().scopeThreshold() || classifiedOutOfScope;
        Reason reason = outOfScope ? Reason.OUT_OF_SCOPE : Reason.LOW_CONFIDENCE;
        int streak = turn.conversation().unhelpfulStreak() + 1;
        turn.unhelpfulStreak(streak);
        if (streak >= 2) {
            return Outcome.stop(Verdict.handOff(Reason.REPEATED_FAILURE, reason).after(reason.name()));
        }
        if (outOfScope) {
            return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.OUT_OF_SCOPE, reason.name()));
        }
        return Outcome.stop(Verdict.reply(Verdict.Kind.CLARIFY,
                Replies.clarify(retrieval.hits().stream().map(h -> h.article().title()).toList()), reason.name()));
    }
}
