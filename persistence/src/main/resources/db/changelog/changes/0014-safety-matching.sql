--liquibase formatted sql

--changeset loop:0014-person-blocks
--comment: One person blocking another; gone with either person's account. Either direction keeps the pair apart.
create table person_block (
    blocker_id uuid not null references person (id) on delete cascade,
    blocked_id uuid not null references person (id) on delete cascade,
    created_at timestamptz not null,
    primary key (blocker_id, blocked_id),
    check (blocker_id <> blocked_id)
);
create index person_block_blocked on person_block (blocked_id, blocker_id);
--rollback drop table person_block;

--changeset loop:0014-person-reports
--comment: Reports about a person for moderators. Erasing the reporter (or the resolving moderator) keeps the
--comment: report without them; erasing the reported person deletes the reports about them.
create table person_report (
    id              uuid primary key,
    reporter_id     uuid references person (id) on delete set null,
    reported_id     uuid not null references person (id) on delete cascade,
    category        text not null check (category in ('HARASSMENT', 'INAPPROPRIATE_CONTENT', 'SPAM_OR_SCAM',
                        'FAKE_IDENTITY', 'SAFEGUARDING_CONCERN', 'OTHER')),
    text            text not null check (length(text) between 1 and 4000),
    relationship_id uuid references mentoring_relationship (id) on delete set null,
    created_at      timestamptz not null,
    resolved_by     uuid references person (id) on delete set null,
    outcome         text check (outcome in ('ACTION_TAKEN', 'NO_ACTION')),
    resolution_note text check (length(resolution_note) between 1 and 2000),
    resolved_at     timestamptz,
    version         bigint not null default 0,
    check ((outcome is null) = (resolved_at is null) and (outcome is null) = (resolution_note is null))
);
-- Moderators walk open (or resolved) reports oldest first.
create index person_report_queue on person_report ((resolved_at is null), created_at, id);
create index person_report_reporter on person_report (reporter_id);
--rollback drop table person_report;

--changeset loop:0014-notification-report
--comment: Moderators' notifications point to the report.
alter table notification add column report_id uuid references person_report (id) on delete cascade;
--rollback alter table notification drop column report_id;
