package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.answer.Answer;
import com.safesupport.bot.answer.Answerer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Drafts the reply in the configured mode (extractive, or the LLM with its own guardrails and fallback). */
@ApplicationScoped
public class AnswerStep implements Step {

    @Inject
    Answerer answerer;

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Outcome run(TurnContext turn) {
        Answer answer = answerer.answer(turn.question(), turn.retrieval().orElseThrow());
        turn.answer(answer);
        answer.guardrails().forEach(g -> turn.ran(g, answer.fallback() == null ? "PASS" : "FALLBACK:" + answer.fallback()));
        return Outcome.CONTINUE;
    }
}
