package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.answer.Answer;
import com.safesupport.bot.answer.ExtractiveAnswerer;
import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.bot.guardrail.SentimentScorer;
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
        // Round 75 (bh75): so does a message that asks an earlier question again in other words and says "not" or "again"
        // (askedAgain): the reply before it did not help, whatever words the customer uses to say so.
        int previous = turn.conversation().unhelpfulStreak();
        boolean askedAgain = turn.conversation().turns() > 0 && askedAgain(turn);
        if (askedAgain) {
            turn.ran("asked-again", "HIT:" + Math.round(turn.repeatSimilarity() * 100) / 100.0);
        }
        if (turn.conversation().turns() > 0
                && (FollowUp.notAnswered(turn.question()) || previous > 0 && FollowUp.corrects(turn.question()) || askedAgain)) {
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

    /**
     * Round 75 (bh75): the customer asks one of their earlier questions again in other words after a reply and says
     * "not" or "again" — the message's embedding is at least {@link Repetition#ASKED_AGAIN} from a remembered question
     * ({@link TurnContext#repeatSimilarity}), it objects ({@link FollowUp#objects}, round 64's reading in the eight
     * languages) and it is no courtesy, thanks, settling, added aspect, new topic, confirmation or added facts
     * ({@link FollowUp#mayAskAgain}): what was answered is not what the customer asked (a topic the knowledge base does
     * not cover is answered from the nearest article, and the customer asks again), whatever words they use to say so.
     * Right after a reply that counted as answered, only when the message is not calm either (frustrated, exasperated,
     * pressing, "that did not answer", doubting the reply: round 64's calm, as {@code RetrievalStep} reads it): one calm
     * rephrasing ("Sorry, once more: where do I change it?") is answered like any question, as round 34 says. A calm
     * return to the topic (no "not", no "again") is a further question, answered as before.
     */
    static boolean askedAgain(TurnContext turn) {
        String q = turn.question();
        if (turn.repeatSimilarity() < Repetition.ASKED_AGAIN || !FollowUp.objects(q) || !FollowUp.mayAskAgain(q)) {
            return false;
        }
        boolean calm = !SentimentScorer.isFrustrated(q) && !SentimentScorer.exasperated(q) && !FollowUp.insistent(q)
                && !FollowUp.notAnswered(q) && !FollowUp.doubtsReply(q);
        return turn.conversation().unhelpfulStreak() > 0 || !calm;
    }
}
