-- Issue 12 item 6: a sealed note or outbox payload is bound (AES-GCM associated data) to its own row id, so a
-- ciphertext copied onto another row of the same ticket or conversation no longer opens. Rows written before this
-- migration were bound to the ticket (notes) or to the conversation and kind (outbox): aad_version 1 keeps them
-- readable as they are; every new row is version 2.
alter table ticket_note add column aad_version smallint not null default 1;
alter table relay_outbox add column aad_version smallint not null default 1;
