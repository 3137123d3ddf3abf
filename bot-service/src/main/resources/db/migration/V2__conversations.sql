-- Conversations, their redacted and encrypted transcript, one decision record per turn, and the hand-off outbox.
create table conversation (
    id                   uuid primary key,
    subject_id           text        not null,
    locale               text        not null,
    channel              text        not null,
    -- AI: the assistant answers; HUMAN: an agent holds it (hand-off requested or ticket open).
    control              text        not null,
    ticket_id            text,
    handoff_status       text,
    next_seq             integer     not null default 0,
    turns                integer     not null default 0,
    unhelpful_streak     integer     not null default 0,
    negative_streak      integer     not null default 0,
    -- Pseudonymisation tags redaction-service issued for this conversation (e.g. <PERSON_1>): not personal data.
    known_tags           text        not null default '',
    created_at           timestamptz not null,
    last_activity_at     timestamptz not null
);
create index conversation_subject_idx on conversation (subject_id);
create index conversation_activity_idx on conversation (last_activity_at);

create table message (
    id              uuid primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    seq             integer     not null,
    author          text        not null,
    kind            text        not null,
    -- The text after redaction, AES-256-GCM sealed; the associated data binds it to this row's id.
    text_key_id     text        not null,
    text_sealed     bytea       not null,
    created_at      timestamptz not null,
    unique (conversation_id, seq)
);

create table decision_record (
    id              uuid primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    subject_id      text        not null,
    turn            integer     not null,
    message_id      uuid,
    kind            text        not null,
    reasons         text        not null,
    confidence      double precision not null,
    guardrails      text        not null,
    sources         text        not null,
    answer_mode     text        not null,
    consent_state   text        not null,
    locale          text        not null,
    channel         text        not null,
    latency_ms      bigint      not null,
    created_at      timestamptz not null
);
create index decision_conversation_idx on decision_record (conversation_id, turn);
create index decision_subject_idx on decision_record (subject_id);
create index decision_created_idx on decision_record (created_at);

create table handoff_outbox (
    id              uuid primary key,
    conversation_id uuid        not null references conversation (id) on delete cascade,
    subject_id      text        not null,
    idempotency_key text        not null unique,
    -- The exact request body (redacted transcript inside), sealed; retries resend the same bytes.
    payload_key_id  text        not null,
    payload_sealed  bytea       not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    ticket_id       text,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index handoff_outbox_due_idx on handoff_outbox (status, next_attempt_at);
