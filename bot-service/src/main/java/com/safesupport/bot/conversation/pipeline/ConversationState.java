package com.safesupport.bot.conversation.pipeline;

import java.util.Set;
import java.util.UUID;

/**
 * The conversation as it stood when the customer's message arrived: what the stages may know about it.
 * {@code recentQuestions} are the customer's last questions as 8-bit embeddings ({@code Repetition.remember}), and
 * {@code repeatStreak} how many messages in a row asked one of them again.
 */
public record ConversationState(UUID id, String subjectId, int turns, boolean heldByHuman, Set<String> tags,
                                int unhelpfulStreak, int negativeStreak, byte[] recentQuestions, int repeatStreak) {

    public ConversationState {
        tags = Set.copyOf(tags);
    }

    public ConversationState(UUID id, String subjectId, int turns, boolean heldByHuman, Set<String> tags,
                             int unhelpfulStreak, int negativeStreak) {
        this(id, subjectId, turns, heldByHuman, tags, unhelpfulStreak, negativeStreak, null, 0);
    }
}
