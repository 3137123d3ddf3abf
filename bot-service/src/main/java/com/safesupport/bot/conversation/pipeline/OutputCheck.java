package com.safesupport.bot.conversation.pipeline;

import java.util.Optional;

/**
 * One output guardrail on a drafted reply. Checks are CDI beans run in {@link #order()} by {@link OutputCheckStep};
 * each records that it ran and names why the reply must not leave, if it must not. A new check is one new class.
 */
public interface OutputCheck {

    int order();

    /** Empty when the reply may leave; otherwise the code of what blocked it. */
    Optional<String> blocked(TurnContext turn, String reply);
}
