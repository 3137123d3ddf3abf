package com.safesupport.bot.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round bl1 (issue 14): message-level training rows for the learned guardrails from the project's written
 * conversations, TUNE ONLY sets alone ({@link ConversationEvaluation#TUNE_ONLY}); a held-only set, or a set with a held
 * half, is refused before its file is opened. Per conversation (its header gives the reason and the hand-over turns):
 * <ul>
 * <li>a hand-over for {@code HUMAN_REQUESTED} alone: the message at the last expected turn is a request for a person;</li>
 * <li>a hand-over for {@code SENSITIVE_TOPIC} alone: the message at the last expected turn tells a sensitive situation;</li>
 * <li>a look-alike ({@code = NONE}): every message is a negative for every guardrail (the hard negatives);</li>
 * <li>anything else — earlier turns of a hand-over, turns inside a range before its last, hand-overs for other or
 * several reasons — is left out (ambiguous).</li>
 * </ul>
 */
final class ConversationExamples {

    enum Label {
        HUMAN_REQUEST, SENSITIVE, LOOK_ALIKE
    }

    /** One message with its label and the set it came from (cross-validation holds out whole sets). */
    record Row(String set, String text, Label label) {
    }

    private ConversationExamples() {
    }

    /** The rows of one TUNE ONLY set; any other set is refused. */
    static List<Row> read(String set) throws IOException {
        refuseUnlessTuneOnly(set);
        return of(set, ConversationEvaluation.load(ConversationEvaluation.resource(set)));
    }

    /** The rows of several TUNE ONLY sets, in the order given. */
    static List<Row> read(List<String> sets) throws IOException {
        for (String set : sets) {
            refuseUnlessTuneOnly(set);
        }
        List<Row> rows = new ArrayList<>();
        for (String set : sets) {
            rows.addAll(read(set));
        }
        return rows;
    }

    static void refuseUnlessTuneOnly(String set) {
        if (ConversationEvaluation.HELD_ONLY.contains(set) || !ConversationEvaluation.TUNE_ONLY.contains(set)) {
            throw new IllegalArgumentException(set + " is not a TUNE ONLY conversation set: never trained on");
        }
    }

    /** The rows of parsed conversations (the labelling rule above). */
    static List<Row> of(String set, List<ConversationEvaluation.Conversation> conversations) {
        List<Row> rows = new ArrayList<>();
        for (ConversationEvaluation.Conversation c : conversations) {
            if (!c.handOver()) {
                c.messages().forEach(m -> rows.add(new Row(set, m, Label.LOOK_ALIKE)));
            } else if (c.reasons().equals(Set.of(com.safesupport.bot.handoff.Reason.HUMAN_REQUESTED))) {
                rows.add(new Row(set, c.messages().get(c.to() - 1), Label.HUMAN_REQUEST));
            } else if (c.reasons().equals(Set.of(com.safesupport.bot.handoff.Reason.SENSITIVE_TOPIC))) {
                rows.add(new Row(set, c.messages().get(c.to() - 1), Label.SENSITIVE));
            }
        }
        return rows;
    }
}
