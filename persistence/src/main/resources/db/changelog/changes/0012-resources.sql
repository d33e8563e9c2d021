--liquibase formatted sql

--changeset loop:0012-resources
--comment: The resource bank. A resource belongs to its author (submitted_by) until their account
--comment: is erased: published resources then stay without an author (ON DELETE SET NULL), the
--comment: others are deleted by the erasure. rating_sum and rating_count are the reviews'
--comment: aggregate, written only by statements that recompute it while the row is locked.
create table learning_resource (
    id                 uuid primary key,
    title              text not null check (length(title) between 3 and 200),
    summary            text not null default '' check (length(summary) <= 500),
    description        text not null default '' check (length(description) <= 10000),
    type               text not null check (type in ('DOCUMENT', 'VIDEO', 'AUDIO', 'WEBSITE', 'ACTIVITY_PLAN',
                           'COURSE', 'TOOL', 'CASE_STUDY', 'RESEARCH_PAPER')),
    url                text not null check (length(url) <= 500 and url ~* '^https?://\S+$'),
    languages          text[] not null check (cardinality(languages) between 1 and 10),
    licence            text not null check (length(licence) between 1 and 64),
    target_groups      text[] not null default '{}',
    career_stages      text[] not null default '{}',
    school_levels      text[] not null default '{}',
    profile_dimensions text[] not null default '{}',
    school_dimensions  text[] not null default '{}',
    topics             text[] not null default '{}' check (cardinality(topics) <= 20),
    estimated_minutes  integer check (estimated_minutes between 1 and 10000),
    authors            text[] not null check (cardinality(authors) between 1 and 20),
    organization_id    uuid references organization (id) on delete set null,
    country            text check (country ~ '^[A-Z]{2}$'),
    status             text not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')),
    submitted_by       uuid references person (id) on delete set null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    submitted_at       timestamptz,
    published_at       timestamptz,
    rejection_reason   text check (length(rejection_reason) <= 2000),
    rating_sum         bigint not null default 0,
    rating_count       bigint not null default 0,
    version            bigint not null default 0,
    check (rating_count >= 0 and rating_sum between rating_count and 5 * rating_count),
    check (status <> 'PUBLISHED' or published_at is not null),
    check (status <> 'SUBMITTED' or submitted_at is not null),
    check ((status = 'REJECTED') = (rejection_reason is not null))
);
-- The public listing walks published resources newest first; its filters use the arrays.
create index learning_resource_published on learning_resource (published_at desc, id desc) where status = 'PUBLISHED';
create index learning_resource_topics on learning_resource using gin (topics);
create index learning_resource_languages on learning_resource using gin (languages);
-- A person's own resources, newest first; the moderation queue's submissions, oldest first.
create index learning_resource_author on learning_resource (submitted_by, created_at desc, id desc);
create index learning_resource_submitted on learning_resource (submitted_at, id) where status = 'SUBMITTED';
create index learning_resource_organization on learning_resource (organization_id);
--rollback drop table learning_resource;

--changeset loop:0012-resources-revisions
--comment: One row per change of a resource, never updated: who (unset when their account is
--comment: erased), when, what kind, which fields, and the whole content afterwards as JSON.
create table resource_revision (
    id             uuid primary key,
    resource_id    uuid not null references learning_resource (id) on delete cascade,
    version        bigint not null,
    kind           text not null check (kind in ('CREATED', 'EDITED', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')),
    changed_by     uuid references person (id) on delete set null,
    changed_at     timestamptz not null,
    status         text not null,
    changed_fields text[] not null default '{}',
    note           text check (length(note) <= 2000),
    content        jsonb not null check (jsonb_typeof(content) = 'object'),
    constraint resource_revision_once unique (resource_id, version)
);
create index resource_revision_changed_by on resource_revision (changed_by);
--rollback drop table resource_revision;

--changeset loop:0012-resources-reviews
--comment: One review per person and resource (the unique constraint decides concurrent first reviews).
create table resource_review (
    id          uuid primary key,
    resource_id uuid not null references learning_resource (id) on delete cascade,
    person_id   uuid not null references person (id) on delete cascade,
    rating      integer not null check (rating between 1 and 5),
    comment     text not null default '' check (length(comment) <= 4000),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint resource_review_once unique (resource_id, person_id)
);
create index resource_review_order on resource_review (resource_id, updated_at desc, id desc);
create index resource_review_person on resource_review (person_id, updated_at desc);
--rollback drop table resource_review;

--changeset loop:0012-resources-uses
--comment: Who opened or completed which resource, first time only. Read per person (their export,
--comment: recommendations) and in aggregate per resource (analytics); never shown to other people.
create table resource_use (
    person_id   uuid not null references person (id) on delete cascade,
    resource_id uuid not null references learning_resource (id) on delete cascade,
    kind        text not null check (kind in ('OPENED', 'COMPLETED')),
    at          timestamptz not null,
    primary key (person_id, resource_id, kind)
);
create index resource_use_resource on resource_use (resource_id, kind);
--rollback drop table resource_use;

--changeset loop:0012-resources-reports
--comment: Reports about published resources: open until resolved (outcome, note, resolved_at set
--comment: together). One open report per person and resource.
create table resource_report (
    id          uuid primary key,
    resource_id uuid not null references learning_resource (id) on delete cascade,
    reporter_id uuid not null references person (id) on delete cascade,
    category    text not null check (category in ('INAPPROPRIATE', 'COPYRIGHT', 'BROKEN_LINK', 'INACCURATE',
                    'SPAM', 'OTHER')),
    report_text text not null check (length(report_text) between 1 and 2000),
    created_at  timestamptz not null,
    outcome     text check (outcome in ('DISMISSED', 'RESOURCE_WITHDRAWN')),
    note        text check (length(note) <= 2000),
    resolved_by uuid references person (id) on delete set null,
    resolved_at timestamptz,
    check ((outcome is null) = (resolved_at is null) and (outcome is null) = (note is null))
);
create unique index resource_report_open_once on resource_report (resource_id, reporter_id) where outcome is null;
create index resource_report_queue on resource_report (created_at, id) where outcome is null;
create index resource_report_reporter on resource_report (reporter_id, created_at desc);
create index resource_report_resolved_by on resource_report (resolved_by);
--rollback drop table resource_report;
