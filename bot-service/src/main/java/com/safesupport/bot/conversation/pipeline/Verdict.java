package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.handoff.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * The reply the pipeline settled on: who speaks, what kind of reply, the text, the reason codes shown in the
 * explanation and, when a human takes over, the hand-off reasons sent to escalation-service.
 */
public record Verdict(Author author, Kind kind, String text, List<String> reasons, List<Reason> handoffReasons) {

    /** {@code AI} for everything the assistant says; {@code SYSTEM} where the AI did not process the message. */
    public enum Author { AI, SYSTEM }

    public enum Kind { ANSWER, CLARIFY, ESCALATED, REFUSED }

    public Verdict {
        reasons = List.copyOf(reasons);
        handoffReasons = List.copyOf(handoffReasons);
    }

    public static Verdict reply(Kind kind, String text, String... reasons) {
        return new Verdict(Author.AI, kind, text, List.of(reasons), List.of());
    }

    /** A hand-off to a human; the first reason sets what the customer is told. */
    public static Verdict handOff(Reason... why) {
        List<Reason> handoff = List.of(why);
        return new Verdict(Author.AI, Kind.ESCALATED, Replies.handoff(handoff),
                handoff.stream().map(Enum::name).distinct().toList(), handoff);
    }

    /** The same hand-off, with reason codes shown before the hand-off reasons (what led to it). */
    public Verdict after(String... earlierReasons) {
        List<String> all = new ArrayList<>(List.of(earlierReasons));
        reasons.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new Verdict(author, kind, text, all, handoffReasons);
    }

    public Verdict by(Author who) {
        return new Verdict(who, kind, text, reasons, handoffReasons);
    }

    public boolean handsOff() {
        return !handoffReasons.isEmpty();
    }
}
