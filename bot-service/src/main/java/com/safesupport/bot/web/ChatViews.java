package com.safesupport.bot.web;

import java.util.List;
import java.util.UUID;

/** What the chat templates render: plain values, already worded for people. */
public final class ChatViews {

    private ChatViews() {
    }

    /** The frame of every page: title, who is signed in, the token each form sends back. */
    public record Page(String title, String user, String csrf) {
    }

    public record Purpose(String code, String name, String description, String noticeText, int noticeVersion,
                          String stateLabel, boolean given, boolean primary) {
    }

    public record Home(String notice, boolean consentUnavailable, List<Purpose> purposes, Purpose aiAssistance) {
    }

    public record Source(String title, String relevance) {
    }

    /**
     * One line of the transcript.
     *
     * @param role  css class: customer, ai, agent or system
     * @param why   why the assistant did what it did, in words; null for lines of people
     */
    public record Message(int seq, String role, String authorLabel, String atIso, String atText, String text,
                          String kindLabel, List<Source> sources, String why) {
    }

    /**
     * Who answers the customer now.
     *
     * @param state ai, waiting (a hand-off no person has answered yet) or human
     */
    public record Status(String state, String heading, String text) {
    }

    public record Conversation(UUID id, String control, Status status, List<Message> messages, int last, String notice) {

        /**
         * A new {@code Idempotency-Key} for one message form: each form on each page gets its own, so a message sent
         * again from the same form (a browser resending the post, the page's script retrying it) keeps its key, and
         * the next message gets another (chat.js replaces it after each answer).
         */
        public String newKey() {
            return UUID.randomUUID().toString();
        }
    }
}
