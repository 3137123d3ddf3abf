-- POST /v1/conversations/{id}/messages honours an optional Idempotency-Key (branch fm9): a client retrying a message
-- whose answer it lost (a replica killed mid-request, a timeout) gets the first answer, not a second turn. One row per
-- conversation and key; the key itself is not stored, only its SHA-256 (it is client data). The row is claimed
-- IN_FLIGHT in the admission's transaction and completed (DONE, with the answer sealed like transcripts, AES-GCM with
-- its key id, bound to the row) in the turn's transaction, so the answer exists exactly when the turn does. Gone with
-- the conversation, on the subject's erasure, and after bot.idempotency.retention.
create table message_idempotency (
    conversation_id   uuid        not null references conversation (id) on delete cascade,
    key_hash          bytea       not null,
    subject_id        text        not null,
    -- SHA-256 of the message text: the same key with another text is 422.
    request_hash      bytea       not null,
    state             text        not null,
    -- Which request owns an IN_FLIGHT key; only the owner may complete it.
    owner             uuid        not null,
    locked_at         timestamptz not null,
    expires_at        timestamptz not null,
    message_id        uuid,
    response_key_id   text,
    response_sealed   bytea,
    primary key (conversation_id, key_hash)
);
create index message_idempotency_subject_idx on message_idempotency (subject_id);
create index message_idempotency_expires_idx on message_idempotency (expires_at);
