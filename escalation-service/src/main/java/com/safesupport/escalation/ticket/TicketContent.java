package com.safesupport.escalation.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safesupport.platform.crypto.Sealer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Seals and opens the personal part of a ticket (summary and transcript, already redacted by the bot) and the
 * text of notes and replies. The associated data binds each value to its ticket, so a ciphertext moved to another
 * row does not open.
 */
@ApplicationScoped
public class TicketContent {

    @RegisterForReflection
    public record Line(String author, String text, Instant at) {
    }

    @RegisterForReflection
    public record Content(String summary, List<Line> transcript) {
    }

    @Inject
    Sealer sealer;

    @Inject
    ObjectMapper json;

    public void seal(Ticket ticket, Content content) {
        try {
            Sealer.Sealed sealed = sealer.seal(json.writeValueAsBytes(content), "ticket:" + ticket.id);
            ticket.contentKeyId = sealed.keyId();
            ticket.contentSealed = sealed.ciphertext();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ticket content could not be serialised", e);
        }
    }

    public Content open(Ticket ticket) {
        byte[] plain = sealer.open(new Sealer.Sealed(ticket.contentKeyId, ticket.contentSealed), "ticket:" + ticket.id);
        try {
            return json.readValue(plain, Content.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Ticket content could not be read", e);
        }
    }

    /** Seals a note's text bound to that very note (its id and ticket must be set). */
    public void sealText(TicketNote note, String text) {
        note.aadVersion = TicketNote.ROW_BOUND;
        Sealer.Sealed sealed = sealer.seal(text, note.associatedData());
        note.keyId = sealed.keyId();
        note.textSealed = sealed.ciphertext();
    }

    public String openText(TicketNote note) {
        return sealer.openString(new Sealer.Sealed(note.keyId, note.textSealed), note.associatedData());
    }
}
