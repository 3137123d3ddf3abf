package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.InputVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

/**
 * The input guardrails, the same in both answer modes: the message is screened once and each {@link InputGuard}
 * decides on the verdict in turn (in {@code llm} mode the AI service runs them again through LangChain4j).
 */
@ApplicationScoped
public class InputGuardsStep implements Step {

    private final InputScreen screen;
    private final Embedder embedder;
    private final List<InputGuard> guards;

    @Inject
    public InputGuardsStep(InputScreen screen, Embedder embedder, @Any Instance<InputGuard> found) {
        this.screen = screen;
        this.embedder = embedder;
        this.guards = found.stream().sorted(Comparator.comparingInt(InputGuard::order)).toList();
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Outcome run(TurnContext turn) {
        // Embedded once: the guardrails, retrieval (the embedder remembers the text) and the repetition check share it.
        float[] vector = embedder.embed(turn.question());
        turn.questionVector(vector);
        InputVerdict verdict = screen.screen(turn.question(), vector);
        turn.inputVerdict(verdict);
        for (InputGuard guard : guards) {
            Outcome outcome = guard.check(turn, verdict);
            if (outcome instanceof Outcome.Stop) {
                return outcome;
            }
        }
        return Outcome.CONTINUE;
    }
}
