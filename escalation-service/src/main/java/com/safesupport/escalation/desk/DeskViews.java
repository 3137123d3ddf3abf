package com.safesupport.escalation.desk;

import java.util.List;
import java.util.UUID;

/** What the desk templates render: plain values, already worded for people. */
public final class DeskViews {

    private DeskViews() {
    }

    /** The frame of every page: title, who is signed in and as what, the token each form sends back. */
    public record Page(String title, String user, String role, String csrf, boolean supervisor) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** The signed-in agent's own record; null for a supervisor who is not an agent. */
    public record Me(String availabilityLabel, long load, int capacity, List<Option> availability) {
    }

    public record QueueCard(String code, String name, long waiting) {
    }

    /**
     * One line of the ticket list, in the order the router serves tickets (priority, then age).
     *
     * @param reference the ticket id's first eight characters, as the customer sees it
     */
    public record TicketRow(UUID id, String reference, String priority, String priorityClass, String status,
                            String queue, String reasons, String agent, String createdIso, String createdText,
                            String dueIso, String dueText, String slaLabel, String slaClass, boolean breached) {
    }

    public record Board(String notice, Me me, boolean notProvisioned, List<QueueCard> queues, List<TicketRow> tickets,
                        long breached) {
    }

    public record Entry(String kindClass, String authorLabel, String atIso, String atText, String text) {
    }

    public record SlaRow(String target, String state, String stateClass, String dueIso, String dueText) {
    }

    public record HistoryRow(String what, String actor, String atIso, String atText) {
    }

    /**
     * One ticket as its holder works on it.
     *
     * @param canAct      the caller may reply, hand back and resolve: they hold the ticket, or supervise
     * @param canFeedback the hand-off is finished and nobody said yet whether it was needed
     */
    public record Ticket(UUID id, String reference, int version, String status, String priority, String priorityClass,
                         String queue, List<String> reasons, String locale, String channel, String agent,
                         String createdIso, String createdText, String summary, List<Entry> conversation,
                         List<SlaRow> sla, String slaLabel, String slaClass, List<HistoryRow> history, boolean canClaim,
                         boolean canAct, boolean canNote, boolean canFeedback, String feedback, String notice) {
    }

    public record AgentRow(String username, String displayName, String availability, String availabilityClass,
                           long load, int capacity, String loadLabel, String queues, String skills) {
    }

    public record NotificationRow(UUID ticketId, String reference, String kind, String message, String atIso, String atText) {
    }

    public record Team(List<AgentRow> agents, List<NotificationRow> notifications) {
    }
}
