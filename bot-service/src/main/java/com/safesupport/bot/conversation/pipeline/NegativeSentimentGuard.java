package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.guardrail.FrustrationTrend;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.bot.guardrail.SentimentScorer;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Frustration is judged over the turns, not one message ({@link FrustrationTrend}): two frustrated or abusive
 * messages in a row, or one right after an unhelpful reply, or the same question asked a third time
 * ({@link Repetition}) hand over ({@code NEGATIVE_SENTIMENT}); a single abusive one otherwise is answered calmly.
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
        // Frustration over the last turns: two negative messages in a row, a clearly frustrated one after two turns,
        // or a negative one right after a reply that did not help.
        // Going round in circles: the same question again, compared with the customer's last questions.
        Repetition repetition = turn.questionVector()
                .map(v -> Repetition.of(turn.question(), turn.conversation().recentQuestions(), v, turn.conversation().repeatStreak()))
                .orElse(Repetition.NONE);
        turn.repeatStreak(repetition.streak());
        turn.ran(new GuardrailRun("repetition", repetition.repeated() ? "HIT:" + repetition.streak() : "PASS",
                repetition.rule().orElse(null), repetition.similarity()));
        verdict = settledAfterAnswer(turn, verdict);
        FrustrationTrend trend = FrustrationTrend.next(turn.conversation().negativeStreak(), turn.conversation().turns(),
                turn.conversation().unhelpfulStreak(), verdict, repetition, SentimentScorer.shouted(turn.question()));
        int streak = trend.negativeStreak();
        turn.negativeStreak(streak);
        turn.ran("abuse", verdict.abuse() ? "HIT" : "PASS");
        Signal frustration = verdict.signal("frustration")
                .orElse(new Signal("frustration", verdict.frustrated(), Optional.empty(), verdict.frustration()));
        turn.ran(new GuardrailRun("frustration", streak > 0 ? "HIT:" + streak : "PASS", frustration.rule().orElse(null), frustration.score()));
        if (trend.handOver()) {
            // The rule of the trend that handed over (streak, after-failure, repeated-question, ...) is named too.
            turn.ran(new GuardrailRun("frustration-trend", "HIT", trend.rule().orElse(null), frustration.score()));
            hits.hit("frustration");
            // Round 43 (issue 14): right after a reply that did not help, a calm "that doesn't answer my question" or "I
            // still can't find ..." (FollowUp.missed) that only the classifier reads as frustrated (no word rule, no
            // abuse) is the assistant failing twice, not an upset customer: the same hand-over, as REPEATED_FAILURE first.
            // Round 48 (bh48): also when the trend named it "after-replies" (a clearly frustrated message from the third
            // turn on) while the last reply did count as unhelpful: "Das beantwortet meine Frage leider immer noch nicht."
            boolean afterUnhelpful = "after-failure".equals(trend.rule().orElse(null))
                    || "after-replies".equals(trend.rule().orElse(null)) && turn.conversation().unhelpfulStreak() > 0;
            if (afterUnhelpful && !verdict.abuse() && frustration.rule().isEmpty()
                    && FollowUp.missed(turn.question())) {
                return Outcome.stop(Verdict.handOff(Reason.REPEATED_FAILURE, Reason.NEGATIVE_SENTIMENT));
            }
            return Outcome.stop(Verdict.handOff(Reason.NEGATIVE_SENTIMENT));
        }
        if (verdict.abuse()) {
            hits.hit("abuse");
            return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.ABUSE, "ABUSE"));
        }
        return Outcome.CONTINUE;
    }

    /**
     * Round 34 (issue 14): a message that settles the question ({@link FollowUp#settled}: "Brilliant, that's all I
     * needed.") right after a reply that answered is not frustration, whatever the classifier reads into it (it scored
     * that one 0.99); a word rule (swearing, "thanks for nothing") or abuse keeps its say, and after a reply that did not
     * help the same words may be sarcasm, so the classifier keeps its say there too. Round 44 (issue 14): except for
     * agreeing to wait ({@link FollowUp#waits}: "Oké, dan wacht ik nog even." after "I cannot help with that", which the
     * classifier alone read as frustrated): waiting accepts the reply, it does not mock it; "forever", "again" or any
     * word of complaint keeps the classifier's say.
     */
    static InputVerdict settledAfterAnswer(TurnContext turn, InputVerdict verdict) {
        Optional<Signal> frustration = verdict.signal("frustration");
        boolean afterFailure = turn.conversation().unhelpfulStreak() > 0;
        if (verdict.abuse() || turn.conversation().turns() == 0
                || frustration.isEmpty() || !frustration.get().hit() || frustration.get().rule().isPresent()
                || (afterFailure ? !FollowUp.waits(turn.question()) : !FollowUp.settled(turn.question()))) {
            return verdict;
        }
        Signal calm = new Signal("frustration", false, Optional.of("settled"), frustration.get().score());
        return new InputVerdict(verdict.explanationRequest(), verdict.humanRequest(), verdict.injection(), verdict.sensitiveTopic(),
                verdict.abuse(), verdict.frustration(),
                verdict.signals().stream().map(s -> "frustration".equals(s.guardrail()) ? calm : s).toList(), verdict.inScope());
    }
}
