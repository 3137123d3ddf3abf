-- Data-subject requests (GDPR Art. 15-22, CCPA/CPRA) and the proof of their execution, service by service.

create table data_subject_request (
    id                   uuid primary key,
    subject_id           text        not null,
    type                 text        not null,
    status               text        not null,
    jurisdiction         text        not null,
    received_at          timestamptz not null,
    receipt_confirmed_at timestamptz not null,
    due_at               timestamptz not null,
    extended_at          timestamptz,
    extension_reason     text,
    subject_informed_at  timestamptz,
    requested_by         text        not null,
    requested_by_role    text        not null,
    verification_method  text,
    verification_note    text,
    verified_by          text,
    verified_at          timestamptz,
    -- What the subject asked (e.g. what to rectify): may be personal, so sealed (AES-256-GCM) with its key id.
    details_key_id       text,
    details              bytea,
    rejection_reason     text,
    resolution_note      text,
    completed_at         timestamptz,
    overdue              boolean     not null default false,
    attempts             int         not null default 0,
    next_attempt_at      timestamptz
);
create index data_subject_request_open on data_subject_request (status, due_at);
create index data_subject_request_subject on data_subject_request (subject_id);

create table dsr_service_result (
    id              bigserial primary key,
    request_id      uuid        not null references data_subject_request (id),
    service         text        not null,
    operation       text        not null,
    outcome         text        not null,
    http_status     int,
    attempts        int         not null,
    -- Non-personal summary of the answer: erased counts, number of records, or the failure's kind.
    summary         text,
    -- The answer itself (exports hold personal data), sealed; its SHA-256 is the proof of what was received.
    response_key_id text,
    response        bytea,
    response_sha256 text,
    completed_at    timestamptz not null
);
create index dsr_service_result_request on dsr_service_result (request_id, service);
