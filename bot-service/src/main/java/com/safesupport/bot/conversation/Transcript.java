package com.safesupport.bot.conversation;

import com.safesupport.platform.crypto.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A conversation's transcript: redacted lines, sealed at rest, and the conversation as its readers see it. */
@ApplicationScoped
public class Transcript {

    @Inject
    Sealer sealer;

    @Inject
    Clock clock;

    /** Appends a message, sealed; the caller's transaction holds the conversation lock. */
    Message append(Conversation c, Message.Author author, Message.Kind kind, String text) {
        Message m = new Message();
        m.id = UUID.randomUUID();
        m.conversationId = c.id;
        m.seq = c.nextSeq++;
        m.author = author;
        m.kind = kind;
        Sealer.Sealed sealed = sealer.seal(text, Message.associatedData(m.id));
        m.textKeyId = sealed.keyId();
        m.textSealed = sealed.ciphertext();
        m.createdAt = clock.instant();
        m.persist();
        return m;
    }

    String open(Message m) {
        return sealer.openString(new Sealer.Sealed(m.textKeyId, m.textSealed), Message.associatedData(m.id));
    }

    Views.ConversationView view(Conversation c) {
        List<Views.TranscriptLine> lines = new ArrayList<>();
        for (Message m : Message.transcript(c.id)) {
            lines.add(new Views.TranscriptLine(m.id, m.seq, m.author.name(), m.kind.name(), open(m), m.createdAt));
        }
        return view(c, lines);
    }

    private static Views.ConversationView view(Conversation c, List<Views.TranscriptLine> lines) {
        Views.HandoffRef handoff = c.handoffStatus == null ? null : new Views.HandoffRef(c.ticketId, c.handoffStatus);
        return new Views.ConversationView(c.id, c.subjectId, c.locale, c.channel, c.control.name(), handoff, c.createdAt, lines);
    }
}
