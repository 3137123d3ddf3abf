-- Issue 16: one persistence style across the suite. Lists were comma-separated text; they become text[] as in
-- escalation-service (the entities map them to String[]). Existing rows are converted in place: '' becomes the
-- empty array, 'a,b' becomes {a,b}; no value held a comma inside an element (the old code split on commas).
-- Enum columns (conversation.control, message.author/kind, handoff_outbox.status) keep their text values: the
-- entities now map them with @Enumerated(EnumType.STRING), which reads and writes the same names.
alter table decision_record
    alter column reasons    type text[] using case when reasons    = '' then '{}'::text[] else string_to_array(reasons, ',') end,
    alter column guardrails type text[] using case when guardrails = '' then '{}'::text[] else string_to_array(guardrails, ',') end,
    alter column sources    type text[] using case when sources    = '' then '{}'::text[] else string_to_array(sources, ',') end;

alter table conversation alter column known_tags drop default;
alter table conversation
    alter column known_tags type text[] using case when known_tags = '' then '{}'::text[] else string_to_array(known_tags, ',') end;
alter table conversation alter column known_tags set default '{}';
