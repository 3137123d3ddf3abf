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

    /**
     * Whether this stage admits or refuses the request itself (limits and budgets): it runs first, inside the
     * transaction that reads the conversation, so a refusal rolls its own counting back with that transaction and an
     * admitted message costs no transaction of its own. Such a stage refuses by throwing, never with a reply.
     */
    default boolean admission() {
        return false;
    }

    Outcome run(TurnContext turn);
}
