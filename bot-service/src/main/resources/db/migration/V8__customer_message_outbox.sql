-- Customer messages written while a person holds the conversation, relayed to escalation-service
-- (POST /v1/handoffs/{ticketId}/customer-messages) through a transactional outbox like handoff_outbox: written in the
-- turn's transaction, delivered after its commit and retried until escalation-service has them, per conversation in
-- transcript order (message_seq, part). The request body (the redacted text) is sealed, bound to the row id.
create table customer_message_outbox (
    id              uuid primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    subject_id      text        not null,
    message_id      uuid        not null,
    message_seq     integer     not null,
    -- A redacted text longer than escalation-service accepts (8,000 characters) goes in parts, in order.
    part            integer     not null,
    idempotency_key text        not null unique,
    -- The hand-off whose ticket the message goes to while that ticket is not known yet.
    handoff_id      uuid,
    ticket_id       text,
    payload_key_id  text        not null,
    payload_sealed  bytea       not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (conversation_id, message_seq, part)
);
create index customer_message_outbox_due_idx on customer_message_outbox (status, next_attempt_at);
