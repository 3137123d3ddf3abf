-- The token vault: one row per distinct value per scope (a conversation, usually). The value itself is
-- only ever stored sealed (AES-256-GCM, key id beside it); the fingerprint is an HMAC-SHA256 of the
-- canonical value, so "same value, same tag" works without a readable value.
create table vault_entry (
    id          uuid primary key,
    scope       text        not null,
    subject_id  text,
    entity_type text        not null,
    number      integer     not null,
    tag         text        not null,
    fingerprint text        not null,
    key_id      text,
    ciphertext  bytea,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    constraint vault_entry_scope_tag unique (scope, tag),
    constraint vault_entry_scope_value unique (scope, entity_type, fingerprint),
    constraint vault_entry_sealed check ((key_id is null) = (ciphertext is null))
);
create index vault_entry_subject on vault_entry (subject_id) where subject_id is not null;
create index vault_entry_expiry on vault_entry (expires_at);

-- Every use of /v1/restore: who, when, which scope, how many tags. Never the values.
create table restore_audit (
    id            uuid primary key,
    restored_at   timestamptz not null,
    caller        text        not null,
    client_id     text,
    scope         text        not null,
    tags_found    integer     not null,
    tags_restored integer     not null
);
create index restore_audit_scope on restore_audit (scope);
