package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputVerdict;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.isolation.Deadline;
import com.safesupport.bot.redaction.Redacted;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round 80 (issue 14, branch bh80): at the assistant's second unhelpful reply, upset that has been building and is said
 * in words in any of the eight languages ("I'm starting to lose patience", "sono molto deluso", "tracę cierpliwość")
 * names the hand-over {@code NEGATIVE_SENTIMENT} first ({@link OwnReason#order}); a calm message or one that only says
 * the reply missed stays {@code REPEATED_FAILURE}. The order only: the hand-over itself is decided before. Texts made
 * up for this test, not from a dataset or from the written sets.
 */
class Bh80OwnReasonUpsetTest {

    private static List<Reason> order(String text) {
        ConversationState state = new ConversationState(UUID.randomUUID(), "test", 2, false, Set.of(), 1, 0, null, 0);
        TurnContext turn = new TurnContext(state, text, Deadline.of(Duration.ofMinutes(5)));
        turn.redacted(new Redacted(text, List.of(), "en"));
        turn.inputVerdict(new InputVerdict(false, false, false, Optional.empty(), false, 0.0));
        return List.of(OwnReason.order(turn, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE));
    }

    private static final List<Reason> UPSET = List.of(Reason.NEGATIVE_SENTIMENT, Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE);
    private static final List<Reason> FAILURE = List.of(Reason.REPEATED_FAILURE, Reason.OUT_OF_SCOPE);

    @Test
    void upsetBuildingInAnyLanguageIsNamedFirst() {
        for (String text : List.of("I'm starting to get really annoyed, the card still does not work.",
                "Je commence sérieusement à perdre patience.", "Langsam verliere ich die Geduld mit dieser App.",
                "Ik ben echt teleurgesteld, niemand helpt me.", "Empiezo a cansarme de esperar la tarjeta.",
                "Sono molto deluso, nessuno mi risponde.", "Estou mesmo farta, ninguém me ajuda.",
                "Tracę już cierpliwość, nic tu nie działa.")) {
            assertEquals(UPSET, order(text), text);
        }
    }

    @Test
    void aCalmOrMissedMessageStaysARepeatedFailure() {
        for (String text : List.of("Can I pay the fee in two parts instead?", "That doesn't answer my question.",
                "Ist das auch im Ausland möglich?", "C'est la première fois que je demande.", "È possibile farlo dall'app?",
                "Czy mogę to zrobić w oddziale?")) {
            assertEquals(FAILURE, order(text), text);
        }
    }
}
