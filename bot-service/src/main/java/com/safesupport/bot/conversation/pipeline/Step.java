package com.safesupport.bot.conversation.pipeline;

/**
 * One stage of a customer message's way through the bot (limits, redaction, consent, input guards, retrieval,
 * answer, output check). A stage reads what earlier stages found in the {@link TurnContext}, adds its own finding,
 * and either lets the message go on or stops it with the reply. Stages are CDI beans found by type and run in
 * {@link #order()}: a new stage is one new class.
 */
public interface Step {

    /** Position in the pipeline; gaps leave room for new stages. */
    int order();

    /** Whether this stage still runs while a human agent holds the conversation (the AI never answers then). */
    default boolean runsWhileHumanHolds() {
        return false;
    }

    /** Whether the turn's deadline must not have passed before this stage starts (a stage that must always run says no). */
    default boolean needsTime() {
        return true;
    }

    Outcome run(TurnContext turn);
}
