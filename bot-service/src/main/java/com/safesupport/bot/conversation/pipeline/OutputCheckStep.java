package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.answer.Answer;
import com.safesupport.bot.answer.ExtractiveAnswerer;
import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.guardrail.HumanRequestDetector;
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

    /**
     * Round 78 (bh78): the customer rejects the last reply in words round 43's {@code FollowUp.notAnswered} and
     * {@code FollowUp.corrects} do not read: "not" or "again" ({@code FollowUp.objects}), after a reply, in a message that
     * asks something (no courtesy, thanks, settling, new topic or added aspect), and either right after a reply already
     * counted unhelpful, or about the same need as an earlier question and not calm ({@link #pressed}).
     */
    static boolean rejects(TurnContext turn, int previous, boolean sameNeed) {
        String q = turn.question();
        if (turn.conversation().turns() == 0 || FollowUp.notAnswered(q) || previous > 0 && FollowUp.corrects(q)) {
            return false;
        }
        return FollowUp.objects(q) && (previous > 0 || sameNeed && pressed(q))
                && !Repetition.courtesy(q) && !SentimentScorer.thanking(q) && !FollowUp.settled(q)
                && !FollowUp.newTopic(q) && !FollowUp.addsToQuestion(q);
    }

    /**
     * Round 78 (bh78): the message is not calm towards the assistant — frustrated or exasperated (not at a third party),
     * pressing the question, or doubting the reply — as {@code RetrievalStep} reads calm. One calm rephrasing right after
     * an answer ("Sorry, once more: where do I change it?") is answered like any question (round 34).
     */
    static boolean pressed(String question) {
        return !FollowUp.angerAtOthers(question) && (SentimentScorer.isFrustrated(question) || SentimentScorer.exasperated(question))
                || FollowUp.insistent(question) || FollowUp.doubtsReply(question);
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
        // Round 78 (bh78): an answer the customer then rejects is a failure too, whatever words the rejection takes
        // (rejects): a message that says "not" or "again" (FollowUp.objects, the eight languages) right after a reply that
        // already could not help, or about the same need as an earlier question (the cosine of the two customer turns at
        // least Repetition.SAME_NEED) and pressing it, keeps the last reply counted as unhelpful (the streak at one). The
        // same need rejected again (or a person asked for) after a reply already counted unhelpful goes to a person.
        boolean sameNeed = turn.repeatSimilarity() >= Repetition.SAME_NEED;
        if (rejects(turn, previous, sameNeed)) {
            if (turn.conversation().turns() >= 2 && previous > 0
                    && (sameNeed || HumanRequestDetector.wantsAPerson(turn.question()))) {
                turn.ran("rejected", "HIT:" + (previous + 1));
                return Outcome.stop(Verdict.handOff(OwnReason.order(turn, Reason.REPEATED_FAILURE)));
            }
            turn.ran("rejected", "HIT:1");
            turn.unhelpfulStreak(1);
            return Outcome.stop(Verdict.reply(Verdict.Kind.ANSWER, text, "ANSWERED"));
        }
        if (turn.conversation().turns() > 0
                && (FollowUp.notAnswered(turn.question()) || previous > 0 && FollowUp.corrects(turn.question()))) {
            // Round 78 (bh78): at the second message too, when it says the declined first reply did not answer and asks
            // the same need again (sameNeed): the decline and the answer to the same need asked again are two failures.
            if ((turn.conversation().turns() >= 2 || sameNeed && FollowUp.notAnswered(turn.question())) && previous > 0) {
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
