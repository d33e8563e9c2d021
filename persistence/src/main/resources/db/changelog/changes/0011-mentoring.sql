--liquibase formatted sql

--changeset loop:0011-mentoring-offers
--comment: Mentor offers, one per person, gone with the person's account. missed_proposals counts the
--comment: proposals the mentor let expire since last_active_at; listings rank by them.
create table mentor_offer (
    id                uuid primary key,
    mentor_id         uuid not null unique references person (id) on delete cascade,
    capacity          integer not null check (capacity between 1 and 20),
    profile_dimensions text[] not null default '{}',
    subjects          text[] not null default '{}',
    school_levels     text[] not null default '{}',
    school_dimensions text[] not null default '{}',
    languages         text[] not null check (cardinality(languages) between 1 and 10),
    formats           text[] not null check (cardinality(formats) between 1 and 3),
    modes             text[] not null check (cardinality(modes) between 1 and 2),
    region            text check (length(region) between 1 and 100),
    availability      jsonb check (jsonb_typeof(availability) = 'object'),
    status            text not null check (status in ('ACTIVE', 'PAUSED')),
    missed_proposals  integer not null default 0 check (missed_proposals >= 0),
    last_active_at    timestamptz not null,
    created_at        timestamptz not null,
    version           bigint not null default 0
);
-- Listings walk (missed_proposals, last_active_at desc, id) among active offers.
create index mentor_offer_ranking on mentor_offer (missed_proposals, last_active_at desc, id) where status = 'ACTIVE';
create index mentor_offer_languages on mentor_offer using gin (languages);
create index mentor_offer_subjects on mentor_offer using gin (subjects);
--rollback drop table mentor_offer;

--changeset loop:0011-mentoring-requests
--comment: Mentoring requests, gone with the mentee's account; addressed_to is the one chosen offer.
create table mentoring_request (
    id           uuid primary key,
    mentee_id    uuid not null references person (id) on delete cascade,
    needs        text[] not null default '{}' check (cardinality(needs) <= 20),
    goals        text not null check (length(goals) between 1 and 2000),
    languages    text[] not null check (cardinality(languages) between 1 and 10),
    format       text check (format in ('ONE_TO_ONE', 'GROUP', 'PEER')),
    mode         text check (mode in ('ONLINE', 'IN_PERSON')),
    region       text check (length(region) between 1 and 100),
    addressed_to uuid references mentor_offer (id) on delete set null,
    status       text not null check (status in ('OPEN', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint not null default 0
);
create index mentoring_request_mentee on mentoring_request (mentee_id, created_at desc, id);
-- The pool: seeking requests addressed to nobody, oldest first.
create index mentoring_request_pool on mentoring_request (created_at, id)
    where status in ('OPEN', 'PROPOSED') and addressed_to is null;
--rollback drop table mentoring_request;

--changeset loop:0011-mentoring-proposals
--comment: Proposals pair a request with an offer; gone with either (and so with either person's account).
--comment: One pending proposal per pair: the partial unique index decides concurrent proposals.
create table mentoring_proposal (
    id                 uuid primary key,
    request_id         uuid not null references mentoring_request (id) on delete cascade,
    offer_id           uuid not null references mentor_offer (id) on delete cascade,
    mentee_id          uuid not null references person (id) on delete cascade,
    mentor_id          uuid not null references person (id) on delete cascade,
    proposed_by        text not null check (proposed_by in ('MENTEE', 'MENTOR')),
    mentee_accepted_at timestamptz,
    mentor_accepted_at timestamptz,
    status             text not null check (status in
                           ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'SUPERSEDED')),
    declined_by        text check (declined_by in ('MENTEE', 'MENTOR')),
    decline_reason     text check (length(decline_reason) between 1 and 1000),
    created_at         timestamptz not null,
    expires_at         timestamptz not null,
    closed_at          timestamptz,
    relationship_id    uuid,
    version            bigint not null default 0,
    check ((status = 'PENDING') = (closed_at is null))
);
create unique index mentoring_proposal_pending_once on mentoring_proposal (request_id, offer_id) where status = 'PENDING';
create index mentoring_proposal_request on mentoring_proposal (request_id);
create index mentoring_proposal_mentee on mentoring_proposal (mentee_id, created_at desc, id);
create index mentoring_proposal_mentor on mentoring_proposal (mentor_id, created_at desc, id);
-- The expiry job looks for pending proposals past their time.
create index mentoring_proposal_due on mentoring_proposal (expires_at) where status = 'PENDING';
--rollback drop table mentoring_proposal;

--changeset loop:0011-mentoring-relationships
--comment: A relationship outlives its offer, its request and either participant's account: the other
--comment: participant keeps the record, and the erased person's id is unset.
create table mentoring_relationship (
    id         uuid primary key,
    mentor_id  uuid references person (id) on delete set null,
    mentee_id  uuid references person (id) on delete set null,
    offer_id   uuid references mentor_offer (id) on delete set null,
    request_id uuid references mentoring_request (id) on delete set null,
    format     text not null check (format in ('ONE_TO_ONE', 'GROUP', 'PEER')),
    status     text not null check (status in ('ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED_EARLY')),
    started_at timestamptz not null,
    ended_at   timestamptz,
    end_reason text check (length(end_reason) between 1 and 1000),
    version    bigint not null default 0,
    check ((status in ('ACTIVE', 'PAUSED')) = (ended_at is null)),
    check (status <> 'ENDED_EARLY' or end_reason is not null)
);
-- Capacity counts running relationships per offer; people list theirs; visibility asks for a pair.
create index mentoring_relationship_offer on mentoring_relationship (offer_id) where status in ('ACTIVE', 'PAUSED');
create index mentoring_relationship_mentor on mentoring_relationship (mentor_id, started_at desc, id);
create index mentoring_relationship_mentee on mentoring_relationship (mentee_id, started_at desc, id);
--rollback drop table mentoring_relationship;

--changeset loop:0011-notifications
--comment: Notifications, gone with their recipient. They point to objects by id and name nobody.
create table notification (
    id              uuid primary key,
    recipient_id    uuid not null references person (id) on delete cascade,
    kind            text not null,
    offer_id        uuid,
    request_id      uuid,
    proposal_id     uuid,
    relationship_id uuid,
    created_at      timestamptz not null,
    read_at         timestamptz
);
create index notification_recipient on notification (recipient_id, created_at desc, id);
create index notification_unread on notification (recipient_id, created_at desc, id) where read_at is null;
--rollback drop table notification;
