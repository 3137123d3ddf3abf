package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.config.BotConfig;
import com.safesupport.bot.guardrail.CustomerLanguage;
import com.safesupport.bot.guardrail.FollowUp;
import com.safesupport.bot.guardrail.Repetition;
import com.safesupport.bot.guardrail.SentimentScorer;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.knowledge.KnowledgeBase;
import com.safesupport.bot.knowledge.Retrieval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The knowledge base decides whether the bot may answer at all: below the scope threshold the question is politely
 * declined ({@code OUT_OF_SCOPE}), below the answer threshold the customer is asked to clarify
 * ({@code LOW_CONFIDENCE}); two such turns in a row go to a person ({@code REPEATED_FAILURE}), and so does one that
 * asks again a question the customer already asked (the earlier reply did not help either).
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
        // Round 28 (issue 14): thanks, a greeting or "ok" asks nothing, so declining it is no failure of the assistant's
        // ("Thanks, that's helpful." right after a decline is not the second unhelpful reply).
        // Round 34 (issue 14): nor does a message that says the question is settled ("Cheers, that worked.", "Alles
        // klar, danke."): the customer is done, not failed again.
        boolean asksNothing = Repetition.courtesy(turn.question()) || SentimentScorer.thanking(turn.question())
                || FollowUp.settled(turn.question());
        int previous = turn.conversation().unhelpfulStreak();
        // Round 34 (issue 14): a question that says it opens a new topic ("By the way, ...", "Another question: ...")
        // starts a new streak: a reply that cannot help with it is the first failure on that topic.
        // Round 43 (issue 14): so does a calm follow-on question that adds an aspect to the last one ("And can I do it in
        // the app?", "What about changing the amount later?", FollowUp.addsToQuestion): it is not the same question asked
        // again, and one reply that cannot help with it is its first failure, not the second.
        boolean addsToQuestion = turn.conversation().turns() > 0 && FollowUp.addsToQuestion(turn.question());
        // Round 49 (bh49, from round 45's a88435b / round 46's bc617b3): the first question the assistant declined is one
        // question with what the customer adds to it in the next message: facts about their own situation ("I applied
        // for it three weeks ago in the app.", FollowUp.addsFacts) or the same question again, calmly — corrected ("Sorry,
        // I meant for a savings account", FollowUp.corrects) or asked again in other words (Repetition) — with no pressing,
        // no "that did not answer", no "you seem unsure" and no frustration. Declining both is one failure, the next decline is the second.
        // Round 50 (bh50): only the second message, right after a declined opening (round 49 allowed the third message
        // too), so a customer who keeps rephrasing still reaches a person as before.
        String question = turn.question();
        boolean firstDeclineJustNow = previous == 1 && turn.conversation().turns() == 1;
        // Round 54 (bh54): anger at someone else (FollowUp.angerAtOthers: the courier, the shop, the landlord, the neighbour,
        // naming neither the bank nor the assistant) tells what happened: calm towards the assistant, and facts.
        boolean atOthers = FollowUp.angerAtOthers(question);
        boolean calm = (atOthers || !SentimentScorer.isFrustrated(question) && !SentimentScorer.exasperated(question)) && !FollowUp.insistent(question)
                && !FollowUp.notAnswered(question) && !FollowUp.doubtsReply(question);
        boolean facts = FollowUp.addsFacts(question) || atOthers;
        // Round 50 (bh50): after one decline, a calm "just to confirm" asking again (FollowUp.confirming: no pressing
        // beside it, no "that did not answer", no doubt, no frustration) is the same question, not the second failure.
        boolean confirmsAgain = previous == 1 && FollowUp.confirming(question) && !SentimentScorer.isFrustrated(question)
                && !SentimentScorer.exasperated(question) && !FollowUp.notAnswered(question) && !FollowUp.doubtsReply(question);
        // Round 52 (bh52): facts added to a declined question are no failure at any message, not only the second: a
        // customer who adds the amount, the date, the place or what they tried to a question declined once (the streak
        // is 1) is still telling one question, and the next decline is judged as before. Only facts (FollowUp.addsFacts),
        // calm; a correction or a rephrasing from the third message on counts as round 50 left it.
        boolean addsFactsAfterOneDecline = previous == 1 && turn.conversation().turns() >= 1 && calm && facts;
        boolean completesFirstQuestion = confirmsAgain || addsFactsAfterOneDecline || firstDeclineJustNow && calm
                && (facts || FollowUp.corrects(question) || turn.repeatStreak().orElse(0) > 0);
        int streak = asksNothing || completesFirstQuestion ? previous
                : FollowUp.newTopic(question) || addsToQuestion ? 1 : previous + 1;
        // Round 43 (issue 14): from the third message on, a message that says the last reply did not answer
        // (FollowUp.notAnswered: "That still doesn't tell me whether it counts.") and that the assistant cannot answer
        // either is the second failure on one question, whatever the reply before it was counted as. A calm correction
        // after an answer ("Sorry, I meant at a cash machine") is not: it is a rephrasing (round 34).
        if (!asksNothing && turn.conversation().turns() >= 2 && FollowUp.notAnswered(turn.question())) {
            streak = Math.max(streak, 2);
        }
        turn.unhelpfulStreak(streak);
        // Round 28 (issue 14): a question asked again (Repetition) that the assistant still cannot answer: the earlier
        // reply did not help either, so this is the second failure on one question. Round 34: after a reply that
        // answered, only when the message presses the question ("so can I or not?", "I asked already"); one calm
        // rephrasing ("sorry, I meant at a cash machine") is answered like any question, as Repetition says (asked
        // again, or asked frustrated, FrustrationTrend hands over).
        boolean askedAgain = !addsToQuestion && !completesFirstQuestion && turn.repeatStreak().orElse(0) > 0 && (previous > 0 || FollowUp.insistent(turn.question()));
        // Round 47 (bh47, from round 46's bc617b3): an opening message in a language the knowledge base does not serve
        // (CustomerLanguage: de, nl, fr, es, it, pt, pl) that would be declined as out of scope is told so in its
        // language; that reply is no failure of the assistant's (the language is not a failed question), so it starts no
        // unhelpful streak and the next message is judged on its own. Once told, a further message in a language that is
        // not served counts like any declined message: a customer who cannot write English reaches a person after the
        // usual two unhelpful replies instead of being told the same thing again and again (docs/bot.md).
        // Requests for a person, sensitive topics, injection and abuse were judged by the guards before this step.
        if (outOfScope && turn.conversation().turns() == 0) {
            Optional<String> language = CustomerLanguage.of(turn.question());
            if (language.isPresent()) {
                turn.ran("language", "HIT:" + language.get());
                turn.unhelpfulStreak(previous);
                return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.otherLanguage(language.get()),
                        "LANGUAGE", reason.name()));
            }
        }
        // Round 64 (bh64): a customer who stays calm is handed over at the third unhelpful reply in a row, not the second.
        // A calm message here (no frustration or exasperation, no pressing, no "that did not answer", no doubt of the
        // reply, no correction of the question, no "not", "again" or someone to talk to in any of the eight languages,
        // FollowUp.objects, and not the same question asked again, Repetition) asks or tells
        // something new: a further question, or a fact the assistant could not use. Declining it is one more unhelpful
        // reply, counted as before, but not yet the assistant failing the customer; a customer who complains, presses,
        // corrects or asks again still goes over at the second, and every customer at the third.
        boolean calmAndNew = calm && !FollowUp.corrects(question) && !FollowUp.objects(question) && turn.repeatStreak().orElse(0) == 0;
        if (!asksNothing && (streak >= (calmAndNew ? 3 : 2) || askedAgain)) {
            // Round 57 (bh57): the customer's own reason carried by this message, if any, is named first (OwnReason).
            return Outcome.stop(Verdict.handOff(OwnReason.order(turn, Reason.REPEATED_FAILURE, reason)).after(reason.name()));
        }
        if (outOfScope) {
            return Outcome.stop(Verdict.reply(Verdict.Kind.REFUSED, Replies.OUT_OF_SCOPE, reason.name()));
        }
        return Outcome.stop(Verdict.reply(Verdict.Kind.CLARIFY,
                Replies.clarify(retrieval.hits().stream().map(h -> h.article().title()).toList()), reason.name()));
    }
}
