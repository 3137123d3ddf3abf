package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.decision.DecisionRecord;
import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.knowledge.Article;
import com.safesupport.bot.knowledge.KnowledgeBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.stream.Collectors;

/** "Why?" → a plain-language account of the previous decision, from its record (GDPR Art. 22 / 15(1)(h)). */
@ApplicationScoped
public class ExplanationRequestGuard implements InputGuard {

    @Inject
    KnowledgeBase knowledge;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Outcome check(TurnContext turn, InputVerdict verdict) {
        turn.ran("explanation-request", verdict.explanationRequest() ? "HIT" : "PASS");
        if (!verdict.explanationRequest()) {
            return Outcome.CONTINUE;
        }
        DecisionRecord last = QuarkusTransaction.requiringNew().call(() -> DecisionRecord.lastOf(turn.conversation().id()));
        if (last == null) {
            return Outcome.stop(Verdict.reply(Verdict.Kind.ANSWER, Replies.NO_DECISION_YET, "EXPLANATION"));
        }
        String topTitle = DecisionRecord.list(last.sources).stream().findFirst()
                .map(s -> s.substring(0, s.lastIndexOf(':'))).map(knowledge::article).map(Article::title).orElse("");
        String account = Replies.explain(last.kind, DecisionRecord.list(last.reasons), last.confidence, topTitle);
        String checks = DecisionRecord.list(last.guardrails).stream()
                .map(g -> g.replace(";rule=", " by rule ").replace(";score=", " at score ").replace('=', ' ').toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("; "));
        turn.confidence(last.confidence);
        return Outcome.stop(Verdict.reply(Verdict.Kind.ANSWER, "About my previous reply: " + account + " Checks that ran: " + checks
                + ". If you disagree with my decision, ask for a person and they will review it.", "EXPLANATION"));
    }
}
