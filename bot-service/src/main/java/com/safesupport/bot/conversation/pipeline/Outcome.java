package com.safesupport.bot.conversation.pipeline;

/** What a stage decided: let the message go on, or stop here with this reply. */
public sealed interface Outcome {

    Outcome CONTINUE = new Continue();

    static Outcome stop(Verdict verdict) {
        return new Stop(verdict);
    }

    record Continue() implements Outcome {
    }

    record Stop(Verdict verdict) implements Outcome {
    }
}
