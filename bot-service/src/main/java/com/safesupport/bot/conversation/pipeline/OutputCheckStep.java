package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.answer.Answer;
import com.safesupport.bot.answer.ExtractiveAnswerer;
import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.handoff.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The output guardrails on the drafted answer. A blocked model answer is replaced once by the extractive answer
 * (always grounded) and checked again; a blocked extractive answer goes to a person. Runs even when the turn's
 * deadline has passed: a drafted answer is never sent unchecked.
 */
@ApplicationScoped
public class OutputCheckStep implements Step {

    private final List<OutputCheck> checks;

    @Inject
    ExtractiveAnswerer extractive;

    @Inject
    GuardrailHits hits;

    @Inject
    public OutputCheckStep(@Any Instance<OutputCheck> found) {
        this.checks = found.stream().sorted(Comparator.comparingInt(OutputCheck::order)).toList();
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean needsTime() {
        return false;
    }

    @Override
    public Outcome run(TurnContext turn) {
        Answer answer = turn.answer().orElseThrow();
        Optional<String> blocked = blocked(turn, answer.text());
        if (blocked.isPresent() && "llm".equals(answer.mode())) {
            Answer fallback = extractive.answer(turn.retrieval().orElseThrow());
            turn.answeredBy(fallback.mode());
            turn.ran("output-fallback", "FALLBACK:" + blocked.get());
            blocked = blocked(turn, fallback.text());
            if (blocked.isEmpty()) {
                return answered(turn, fallback.text());
            }
        }
        if (blocked.isPresent()) {
            hits.hit(blocked.get());
            return Outcome.stop(Verdict.handOff("redaction-unavailable".equals(blocked.get())
                    ? Reason.SYSTEM_DEGRADED : Reason.GUARDRAIL_BLOCKED));
        }
        return answered(turn, answer.text());
    }

    private Optional<String> blocked(TurnContext turn, String reply) {
        for (OutputCheck check : checks) {
            Optional<String> blocked = check.blocked(turn, reply);
            if (blocked.isPresent()) {
                return blocked;
            }
        }
        return Optional.empty();
    }

    /** An answer sent: the unhelpful streak as the customer's follow-up says (package-visible: ConversationReplay's stand-in). */
    static Outcome answered(TurnContext turn, String text) {
        // Round 43 (issue 14): a message that says the last reply did not answer ("that doesn't tell me", "I still can't
        // find ...", FollowUp.notAnswered), or corrects the question right after a reply that could not help ("I asked
        // about the agreement, not ...", "I'm asking about the end date specifically", FollowUp.corrects), keeps that
        // reply counted as unhelpful although retrieval now finds an answer: the streak stays at one instead of going back
        // to nought, so one more reply that cannot help goes to a person (REPEATED_FAILURE, RetrievalStep). Said again
        // after a reply already counted unhelpful (from the third message on), it is the second miss in a row the customer
        // names: to a person now. Never on the second message; and a calm correction after a reply that answered ("Sorry,
        // I meant at a cash machine") is a rephrasing, answered like any question.
        int previous = turn.conversation().unhelpfulStreak();
        if (turn.conversation().turns() > 0
                && (FollowUp.notAnswered(turn.question()) || previous > 0 && FollowUp.corrects(turn.question()))) {
            if (turn.conversation().turns() >= 2 && previous > 0) {
                turn.ran("missed", "HIT:" + (previous + 1));
                return Outcome.stop(Verdict.handOff(OwnReason.order(turn, Reason.REPEATED_FAILURE)));
            }
            turn.ran("missed", "HIT:1");
            turn.unhelpfulStreak(1);
            return Outcome.stop(Verdict.reply(Verdict.Kind.ANSWER, text, "ANSWERED"));
        }
        turn.unhelpfulStreak(0);
        return Outcome.stop(Verdict.reply(Verdict.Kind.ANSWER, text, "ANSWERED"));
    }
}
