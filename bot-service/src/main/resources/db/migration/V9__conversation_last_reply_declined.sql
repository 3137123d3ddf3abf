-- Issue 14, round 60 (bh60): whether the assistant's last reply in the conversation declined the customer's message
-- (a refusal or a clarifying question instead of an answer), kept beside unhelpful_streak: the frustration rule's
-- "right after an unhelpful reply" reads it, so a declined message that starts no decline streak still counts there.
alter table conversation add column last_reply_declined boolean not null default false;
