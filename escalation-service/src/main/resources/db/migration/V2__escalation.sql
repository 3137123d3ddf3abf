-- Tickets, routing, SLAs, idempotency and the relay outbox of escalation-service.
-- Personal data (summary, transcript, notes, replies) is stored only sealed (AES-256-GCM) beside its key id.

create table support_queue (
    id         uuid primary key,
    code       text not null unique,
    name       text not null,
    -- Skills an agent needs to work this queue, e.g. 'topic:sensitive'; 'lang:xx' is added per ticket.
    skills     text[] not null default '{}',
    -- Tickets whose topic is one of these land here; the queue with no topics catches the rest.
    topics     text[] not null default '{}',
    created_at timestamptz not null default now()
);

create table agent (
    id               uuid primary key,
    -- The token's preferred_username: Keycloak assigns subject ids at import, usernames are stable.
    username         text not null unique,
    display_name     text not null,
    skills           text[] not null default '{}',
    capacity         int not null check (capacity >= 0),
    availability     text not null default 'OFFLINE',
    last_assigned_at timestamptz,
    version          int not null default 0
);

create table agent_queue (
    agent_id uuid not null references agent (id) on delete cascade,
    queue_id uuid not null references support_queue (id) on delete cascade,
    primary key (agent_id, queue_id)
);

create table customer_tier (
    subject_id text primary key,
    tier       text not null,
    updated_at timestamptz not null
);

create table ticket (
    id                 uuid primary key,
    conversation_id    uuid not null,
    subject_id         text not null,
    queue_id           uuid not null references support_queue (id),
    status             text not null,
    priority           text not null,
    base_priority      text not null,
    reasons            text[] not null,
    required_skills    text[] not null,
    locale             text not null,
    channel            text not null,
    decision_record_ids text[] not null default '{}',
    -- {summary, transcript} as JSON, sealed; the associated data is the ticket id.
    content_key_id     text not null,
    content_sealed     bytea not null,
    assigned_agent_id  uuid references agent (id),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    assigned_at        timestamptz,
    first_response_at  timestamptz,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    handoff_needed     boolean,
    version            int not null default 0
);
create index ticket_waiting on ticket (queue_id, priority, created_at) where status = 'NEW';
create index ticket_agent_open on ticket (assigned_agent_id) where status in ('ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');
create index ticket_subject on ticket (subject_id);
create index ticket_conversation on ticket (conversation_id);

-- IETF Idempotency-Key: one row per (client, key). The primary key and the owner token make "one ticket per key"
-- a database guarantee: only the transaction that still owns an IN_FLIGHT row may complete it.
create table idempotency_key (
    client_id       text not null,
    idem_key        text not null,
    request_hash    text not null,
    state           text not null,
    owner           uuid not null,
    ticket_id       uuid,
    response_status int,
    response_body   text,
    locked_at       timestamptz not null,
    expires_at      timestamptz not null,
    primary key (client_id, idem_key)
);
create index idempotency_key_expiry on idempotency_key (expires_at);

create table ticket_event (
    id        bigserial primary key,
    ticket_id uuid not null references ticket (id) on delete cascade,
    queue_id  uuid not null,
    type      text not null,
    actor     text not null,
    detail    text,
    at        timestamptz not null
);
create index ticket_event_ticket on ticket_event (ticket_id, id);

create table ticket_note (
    id          uuid primary key,
    ticket_id   uuid not null references ticket (id) on delete cascade,
    kind        text not null, -- NOTE (internal) or REPLY (sent to the customer)
    author      text not null,
    key_id      text not null,
    text_sealed bytea not null,
    at          timestamptz not null
);
create index ticket_note_ticket on ticket_note (ticket_id, at);

create table sla_policy (
    priority             text primary key,
    first_response_secs  bigint not null,
    next_response_secs   bigint not null,
    resolution_secs      bigint not null,
    business_hours       boolean not null
);
insert into sla_policy values
    ('URGENT', 900,   1800,  14400,  false),
    ('HIGH',   3600,  7200,  28800,  true),
    ('NORMAL', 14400, 28800, 86400,  true),
    ('LOW',    28800, 86400, 259200, true);

create table sla_target (
    ticket_id      uuid not null references ticket (id) on delete cascade,
    target         text not null, -- FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
    state          text not null, -- ACTIVE, MET, BREACHED
    business_hours boolean not null,
    due_at         timestamptz not null,
    paused_at      timestamptz,
    remaining_secs bigint,
    met_at         timestamptz,
    breached_at    timestamptz,
    primary key (ticket_id, target)
);
create index sla_target_due on sla_target (due_at) where state = 'ACTIVE' and paused_at is null;

create table supervisor_notification (
    id        uuid primary key,
    ticket_id uuid references ticket (id) on delete cascade,
    queue_id  uuid,
    kind      text not null,
    message   text not null,
    at        timestamptz not null,
    acknowledged_at timestamptz
);

-- Replies and hand-backs to bot-service, delivered with retries after the ticket's transaction commits.
create table relay_outbox (
    id              bigserial primary key,
    ticket_id       uuid references ticket (id) on delete cascade,
    conversation_id uuid not null,
    kind            text not null, -- AGENT_MESSAGE or HANDBACK
    key_id          text not null,
    payload_sealed  bytea not null,
    status          text not null default 'PENDING', -- PENDING, DELIVERED, DEAD
    attempts        int not null default 0,
    last_status     int,
    next_attempt_at timestamptz not null,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index relay_outbox_due on relay_outbox (next_attempt_at, id) where status = 'PENDING';
create index relay_outbox_conversation on relay_outbox (conversation_id, id) where status = 'PENDING';

-- "Was the hand-off needed?", kept without subject so it survives erasure of the ticket.
create table handoff_feedback (
    id       uuid primary key,
    reasons  text[] not null,
    needed   boolean not null,
    priority text not null,
    at       timestamptz not null
);

-- Demo routing: a catch-all queue, a queue for sensitive topics, and agnes (mapped by username at first call).
insert into support_queue (id, code, name, skills, topics) values
    ('00000000-0000-4000-8000-00000000a001', 'general', 'General support', '{}', '{}'),
    ('00000000-0000-4000-8000-00000000a002', 'sensitive', 'Sensitive topics', '{topic:sensitive}', '{sensitive}');
insert into agent (id, username, display_name, skills, capacity, availability) values
    ('00000000-0000-4000-8000-00000000b001', 'agnes', 'Agnes', '{lang:en,lang:de,topic:sensitive}', 5, 'OFFLINE');
insert into agent_queue (agent_id, queue_id) values
    ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000a001'),
    ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000a002');
