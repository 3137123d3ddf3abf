-- escalation-service relays agent replies through an outbox and sends Idempotency-Key: escalation-outbox-<id>;
-- a redelivery (its first attempt timed out after we stored the message) must not show the reply twice.
alter table message add column delivery_key text;
create unique index message_delivery_key on message (conversation_id, delivery_key) where delivery_key is not null;
