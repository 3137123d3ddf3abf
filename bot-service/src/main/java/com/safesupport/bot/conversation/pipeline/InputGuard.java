package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.guardrail.InputVerdict;

/**
 * One input guardrail on the redacted message, given what {@code InputScreen} found in it. Guards are CDI beans
 * run in {@link #order()} by {@link InputGuardsStep}; each records that it ran and may stop the turn.
 * A new guardrail is one new class.
 */
public interface InputGuard {

    int order();

    Outcome check(TurnContext turn, InputVerdict verdict);
}
