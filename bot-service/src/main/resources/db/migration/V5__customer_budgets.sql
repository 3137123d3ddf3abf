-- Per-customer budgets shared by every replica (issue 12 item 8): one sliding-window counter per customer and
-- budget (messages per minute, conversations per hour, messages per minute of one conversation). Rows of windows
-- long gone are purged; a subject's rows go with their data on erasure.
create table budget_window (
    subject_id     text        not null,
    budget         text        not null,
    window_start   timestamptz not null,
    current_count  integer     not null,
    previous_count integer     not null,
    primary key (subject_id, budget)
);
create index budget_window_start_idx on budget_window (window_start);
