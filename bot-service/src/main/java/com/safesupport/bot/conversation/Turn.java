package com.safesupport.bot.conversation;

import com.safesupport.bot.conversation.Views.GuardrailRun;
import com.safesupport.bot.guardrail.Signal;
import com.safesupport.bot.handoff.HandoffReason;
import com.safesupport.bot.knowledge.Retrieval;

import java.util.ArrayList;
import java.util.List;

/** What the pipeline decided for one customer message, gathered step by step and then persisted at once. */
final class Turn {

    final List<GuardrailRun> guardrails = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    final List<HandoffReason> handoffReasons = new ArrayList<>();
    Message.Author author = Message.Author.AI;
    Message.Kind kind;
    String text;
    double confidence;
    Retrieval retrieval;
    String answerMode = "none";
    String consentState = "UNKNOWN";
    /** The customer's text after redaction; null when it could not be redacted (then it is never stored). */
    String redactedQuestion;
    List<String> newTags = List.of();
    Integer unhelpfulStreak;
    Integer negativeStreak;

    void ran(String guardrail, String outcome) {
        guardrails.add(new GuardrailRun(guardrail, outcome));
    }

    /** A learned guardrail's outcome with the rule that fired and the classifier's score. */
    void ran(Signal signal) {
        guardrails.add(new GuardrailRun(signal.guardrail(), signal.outcome(), signal.rule().orElse(null), signal.score()));
    }

    Turn reply(Message.Kind kind, String text) {
        this.kind = kind;
        this.text = text;
        return this;
    }

    Turn handOff(HandoffReason... why) {
        for (HandoffReason r : why) {
            if (!handoffReasons.contains(r)) {
                handoffReasons.add(r);
            }
            if (!reasons.contains(r.name())) {
                reasons.add(r.name());
            }
        }
        kind = Message.Kind.ESCALATED;
        return this;
    }

    boolean handsOff() {
        return !handoffReasons.isEmpty();
    }
}
