-- Purpose catalogue, hash-chained consent ledger and the current-consent projection.

create table purpose (
    code               text primary key,
    name               text        not null,
    description        text        not null,
    -- W3C Data Privacy Vocabulary purpose IRI (https://w3id.org/dpv#...).
    dpv_purpose        text        not null,
    -- consent | contract | legitimate-interest | legal-obligation (GDPR Art. 6(1) a, b, f, c).
    legal_basis        text        not null,
    -- How long data kept for this purpose lives (ISO 8601 period).
    retention          text        not null,
    -- How long a GIVEN consent stays valid before it EXPIRES (ISO 8601 period).
    consent_validity   text        not null,
    current_notice     int         not null,
    -- Consent recorded under a notice older than this must be asked again (NOT_ASKED).
    reconsent_from     int         not null,
    updated_at         timestamptz not null default now()
);

create table purpose_notice (
    purpose_code text        not null references purpose (code),
    version      int         not null,
    language     text        not null,
    text         text        not null,
    sha256       text        not null,
    material     boolean     not null,
    published_at timestamptz not null default now(),
    primary key (purpose_code, version)
);

insert into purpose (code, name, description, dpv_purpose, legal_basis, retention, consent_validity, current_notice, reconsent_from) values
 ('ai-assistance', 'AI assistance', 'An AI assistant reads your messages to answer your support questions.',
  'https://w3id.org/dpv#CustomerCare', 'consent', 'P30D', 'P1Y', 1, 1),
 ('transcript-retention', 'Transcript retention', 'We keep the redacted transcript of your conversation after it ends.',
  'https://w3id.org/dpv#RecordManagement', 'consent', 'P1Y', 'P1Y', 1, 1),
 ('service-improvement', 'Service improvement', 'We use redacted conversations to improve our support articles and processes.',
  'https://w3id.org/dpv#ServiceOptimisation', 'consent', 'P1Y', 'P1Y', 1, 1),
 ('model-training', 'Model training', 'We use redacted conversations to train or tune the AI models behind the assistant.',
  'https://w3id.org/dpv#ResearchAndDevelopment', 'consent', 'P2Y', 'P1Y', 1, 1),
 ('analytics', 'Analytics', 'We count and measure conversations to understand how support is used.',
  'https://w3id.org/dpv#ServiceUsageAnalytics', 'consent', 'P1Y', 'P1Y', 1, 1);

insert into purpose_notice (purpose_code, version, language, text, sha256, material)
select code, 1, 'en', notice, encode(sha256(convert_to(notice, 'UTF8')), 'hex'), true
from (values
 ('ai-assistance', 'You are talking to an AI assistant. With your consent it reads your messages, with personal data removed first, to answer your question. You can ask for a human at any time and withdraw this consent whenever you like.'),
 ('transcript-retention', 'With your consent we keep the transcript of this conversation, with personal data removed, for up to one year so that you and our agents can refer back to it. You can withdraw this consent at any time.'),
 ('service-improvement', 'With your consent our team reviews conversations, with personal data removed, to improve our help articles and support processes. You can withdraw this consent at any time.'),
 ('model-training', 'With your consent conversations, with personal data removed, may be used to train or tune the AI models behind the assistant. You can withdraw this consent at any time; later training runs will not use your conversations.'),
 ('analytics', 'With your consent we count and measure conversations, with personal data removed, to understand how support is used. You can withdraw this consent at any time.')
) as n (code, notice);

-- The ledger. Nothing is updated in place: the only change a row may undergo is erasure, which drops the
-- personal payload and the subject while keeping payload_hash, so the chain stays verifiable.
create table consent_event (
    seq          bigint primary key,
    event_id     uuid        not null unique,
    subject_id   text,
    purpose_code text        not null,
    kind         text        not null,
    occurred_at  timestamptz not null,
    -- Canonical JSON of the event (see LedgerChain); null once erased.
    payload      text,
    payload_hash text        not null,
    prev_hash    text        not null,
    hash         text        not null,
    erased_at    timestamptz
);
create index consent_event_subject on consent_event (subject_id, seq);

create function consent_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'consent_event is append-only';
    end if;
    if new.seq <> old.seq or new.event_id <> old.event_id or new.purpose_code <> old.purpose_code
        or new.kind <> old.kind or new.occurred_at <> old.occurred_at or new.payload_hash <> old.payload_hash
        or new.prev_hash <> old.prev_hash or new.hash <> old.hash
        or new.payload is not null or new.subject_id is not null or new.erased_at is null then
        raise exception 'consent_event rows are immutable; only erasure (payload and subject dropped) is allowed';
    end if;
    return new;
end $$;

create trigger consent_event_append_only before update or delete on consent_event
    for each row execute function consent_event_append_only();

-- Current state per subject and purpose, rebuilt from the ledger; read on every decision.
create table current_consent (
    subject_id        text        not null,
    purpose_code      text        not null references purpose (code),
    state             text        not null,
    notice_version    int         not null,
    decided_at        timestamptz not null,
    expires_at        timestamptz,
    evidence_event_id uuid        not null,
    primary key (subject_id, purpose_code)
);
create index current_consent_expiry on current_consent (expires_at) where state = 'GIVEN';
