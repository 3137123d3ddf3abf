-- When the current execution of a request began: an execution that never finished (a crash) is taken up again.
alter table data_subject_request add column started_at timestamptz;
