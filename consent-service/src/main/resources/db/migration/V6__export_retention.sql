-- Issue 12 item 10: the sealed body of an ACCESS/PORTABILITY answer is kept only until the subject downloads the
-- bundle, until consent.dsr.export-retention has passed, or until an ERASURE of the subject starts, whichever comes
-- first; response_sha256 stays as proof of what was answered.
alter table dsr_service_result add column response_deleted_at timestamptz;
alter table dsr_service_result add column response_deleted_reason text; -- DOWNLOADED, EXPIRED, ERASURE
create index dsr_service_result_kept on dsr_service_result (completed_at) where response is not null;
