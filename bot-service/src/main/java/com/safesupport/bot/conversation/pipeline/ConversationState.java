package com.safesupport.bot.conversation.pipeline;

import java.util.Set;
import java.util.UUID;

/** The conversation as it stood when the customer's message arrived: what the stages may know about it. */
public record ConversationState(UUID id, String subjectId, int turns, boolean heldByHuman, Set<String> tags,
                                int unhelpfulStreak, int negativeStreak) {

    public ConversationState {
        tags = Set.copyOf(tags);
    }
}
