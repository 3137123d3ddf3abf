-- Issue 14: frustration by repetition. The customer's last two questions as 8-bit MiniLM embeddings of the
-- redacted text (2 x 384 bytes; no text), and how many messages in a row asked one of them again.
alter table conversation add column recent_questions bytea;
alter table conversation add column repeat_streak int not null default 0;
