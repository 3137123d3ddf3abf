-- POST /v1/handoffs/{ticketId}/customer-messages honours an Idempotency-Key (optional): one row per ticket and key,
-- written in the transaction that appends the message, so a retry with the same key appends nothing. The hash of
-- the request tells a retry from a reuse of the key for another message (422). Gone with its ticket.
create table customer_message_key (
    ticket_id    uuid        not null references ticket (id) on delete cascade,
    idem_key     text        not null,
    request_hash text        not null,
    created_at   timestamptz not null,
    primary key (ticket_id, idem_key)
);
