--liquibase formatted sql

--changeset loop:0019-matching-run-publishing
--comment: A published run is PUBLISHING while a worker proposes its pairs in batches (claimed with
--comment: FOR UPDATE SKIP LOCKED, like a PENDING run), then PUBLISHED. The pairs left have no outcome.
alter table matching_run drop constraint matching_run_status_check;
alter table matching_run add constraint matching_run_status_check
    check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'PUBLISHING', 'PUBLISHED', 'DISCARDED'));
create index matching_run_publishing on matching_run (created_at, id) where status = 'PUBLISHING';
create index matching_run_pair_unpublished on matching_run_pair (run_id, request_id) where outcome is null;
--rollback drop index matching_run_pair_unpublished;
--rollback drop index matching_run_publishing;
--rollback alter table matching_run drop constraint matching_run_status_check;
--rollback alter table matching_run add constraint matching_run_status_check check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'PUBLISHED', 'DISCARDED'));
