--liquibase formatted sql

--changeset loop:0017-matching-policy
--comment: Versions of each coalition's matching policy as a coordinator saved them (the settings as
--comment: JSON); version 1 is the built-in default and is never stored. Versions are never changed:
--comment: a run names the version it used. The saver is gone with their account.
create table matching_policy (
    coalition_id uuid not null references coalition (id) on delete cascade,
    version      integer not null check (version >= 2),
    settings     jsonb not null check (jsonb_typeof(settings) = 'object'),
    saved_by     uuid references person (id) on delete set null,
    saved_at     timestamptz not null,
    primary key (coalition_id, version)
);
--rollback drop table matching_policy;

--changeset loop:0017-matching-run
--comment: Coordinators' batch runs: PENDING until a worker claims one (FOR UPDATE SKIP LOCKED),
--comment: RUNNING with its progress and heartbeat (a run whose heartbeat stops is taken again),
--comment: DONE or FAILED, then PUBLISHED or DISCARDED once. The figures are the run's result.
create table matching_run (
    id              uuid primary key,
    coalition_id    uuid not null references coalition (id) on delete cascade,
    requested_by    uuid references person (id) on delete set null,
    status          text not null check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'PUBLISHED', 'DISCARDED')),
    phase           text check (phase in ('LOADING', 'SCORING', 'ASSIGNING', 'CHECKING', 'STORING')),
    progress_done   bigint not null default 0,
    progress_total  bigint not null default 0,
    policy_version  integer,
    input_hash      text check (length(input_hash) = 64),
    requests        integer,
    offers          integer,
    matched         integer,
    total_milli     bigint,
    blocking_pairs  bigint,
    load_histogram  jsonb check (jsonb_typeof(load_histogram) = 'object'),
    failure         text check (length(failure) <= 2000),
    proposed        integer,
    skipped         integer,
    created_at      timestamptz not null,
    started_at      timestamptz,
    heartbeat_at    timestamptz,
    finished_at     timestamptz,
    decided_at      timestamptz,
    decided_by      uuid references person (id) on delete set null,
    version         bigint not null default 0
);
create index matching_run_waiting on matching_run (created_at, id) where status in ('PENDING', 'RUNNING');
create index matching_run_coalition on matching_run (coalition_id, created_at desc, id);
--rollback drop table matching_run;

--changeset loop:0017-matching-run-pairs
--comment: A run's pairs, each with its explanation (per-criterion milli-points, filters, what the two
--comment: share) and, once published, its outcome. Personal data of both people: gone with either
--comment: account. Requests and offers are not referenced: a run is a record of what was decided.
create table matching_run_pair (
    id           uuid primary key,
    run_id       uuid not null references matching_run (id) on delete cascade,
    request_id   uuid not null,
    offer_id     uuid not null,
    mentee_id    uuid not null references person (id) on delete cascade,
    mentor_id    uuid not null references person (id) on delete cascade,
    milli_points bigint not null check (milli_points >= 0),
    explanation  jsonb not null check (jsonb_typeof(explanation) = 'object'),
    outcome      text check (outcome in ('PROPOSED', 'SKIPPED')),
    skip_reason  text check (length(skip_reason) <= 500),
    proposal_id  uuid,
    unique (run_id, request_id)
);
create index matching_run_pair_mentee on matching_run_pair (mentee_id);
create index matching_run_pair_mentor on matching_run_pair (mentor_id);
create index matching_run_pair_proposal on matching_run_pair (proposal_id) where proposal_id is not null;
--rollback drop table matching_run_pair;

--changeset loop:0017-matching-run-unmatched
--comment: The requests a run left unmatched, each with why; gone with the mentee's account.
create table matching_run_unmatched (
    run_id          uuid not null references matching_run (id) on delete cascade,
    request_id      uuid not null,
    mentee_id       uuid not null references person (id) on delete cascade,
    reason          text not null check (reason in ('NO_FEASIBLE_MENTOR', 'CAPACITY_TAKEN')),
    feasible_offers integer not null check (feasible_offers >= 0),
    excluded_by     jsonb not null check (jsonb_typeof(excluded_by) = 'object'),
    primary key (run_id, request_id)
);
create index matching_run_unmatched_mentee on matching_run_unmatched (mentee_id);
--rollback drop table matching_run_unmatched;
