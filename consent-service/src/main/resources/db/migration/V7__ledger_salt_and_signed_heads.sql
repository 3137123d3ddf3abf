-- Issue 12 item 11. (1) A random salt per event: payload_hash = SHA-256(salt + "\n" + payload). Erasure drops the
-- salt with the payload, so an erased event's payload_hash can no longer be confirmed by hashing a guessed
-- (low-entropy) payload. Events written before this migration have no salt and keep payload_hash = SHA-256(payload).
alter table consent_event add column salt text;

create or replace function consent_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'consent_event is append-only';
    end if;
    if new.seq <> old.seq or new.event_id <> old.event_id or new.purpose_code <> old.purpose_code
        or new.kind <> old.kind or new.occurred_at <> old.occurred_at or new.payload_hash <> old.payload_hash
        or new.prev_hash <> old.prev_hash or new.hash <> old.hash
        or new.payload is not null or new.subject_id is not null or new.salt is not null or new.erased_at is null then
        raise exception 'consent_event rows are immutable; only erasure (payload, subject and salt dropped) is allowed';
    end if;
    return new;
end $$;

-- (2) The chain head, signed periodically with the receipt key (a compact JWS of {seq, hash, signedAt}): whoever
-- rewrites the chain from a point before a signed head is caught by verification, and anyone who kept a signed head
-- outside the database can check the chain still contains it.
create table ledger_head_signature (
    id        bigserial primary key,
    seq       bigint      not null,
    hash      text        not null,
    signed_at timestamptz not null,
    key_id    text        not null,
    jws       text        not null
);
create index ledger_head_signature_seq on ledger_head_signature (seq);
