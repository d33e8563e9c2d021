--liquibase formatted sql

--changeset loop:0009-questionnaire-responses
--comment: People's answers to a published questionnaire version. Each answer and score carries its
--comment: dimension, so that withdrawing consent deletes exactly the special-category values.
create table questionnaire_response (
    id               uuid primary key,
    person_id        uuid not null references person (id) on delete cascade,
    questionnaire_id uuid not null references questionnaire (id),
    status           text not null check (status in ('DRAFT', 'SUBMITTED')),
    training_topics  text[] not null default '{}',
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    submitted_at     timestamptz,
    version          bigint not null default 0,
    check ((status = 'SUBMITTED') = (submitted_at is not null))
);
-- One draft per person; the latest submissions and the newest-first list walk this index.
create unique index questionnaire_response_one_draft on questionnaire_response (person_id) where status = 'DRAFT';
create index questionnaire_response_person on questionnaire_response (person_id, created_at desc, id desc);
create index questionnaire_response_submitted on questionnaire_response (person_id, submitted_at desc)
    where status = 'SUBMITTED';

create table questionnaire_answer (
    response_id uuid not null references questionnaire_response (id) on delete cascade,
    position    integer not null,
    item_key    text not null,
    dimension   text not null,
    answer      jsonb not null check (jsonb_typeof(answer) = 'object'),
    primary key (response_id, item_key)
);

create table questionnaire_score (
    response_id uuid not null references questionnaire_response (id) on delete cascade,
    dimension   text not null,
    score       integer not null check (score between 0 and 100),
    items       jsonb not null check (jsonb_typeof(items) = 'array'),
    primary key (response_id, dimension)
);
--rollback drop table questionnaire_score; drop table questionnaire_answer; drop table questionnaire_response;

--changeset loop:0009-consents
--comment: The record of consent: each consent with the text version it was given to, kept after
--comment: withdrawal; at most one given (not withdrawn) consent per person and purpose.
create table consent (
    id           uuid primary key,
    person_id    uuid not null references person (id) on delete cascade,
    purpose      text not null check (purpose in ('CULTURAL_BACKGROUND', 'MOTIVATION')),
    text_version text not null,
    given_at     timestamptz not null,
    withdrawn_at timestamptz,
    check (withdrawn_at is null or withdrawn_at >= given_at)
);
create unique index consent_given_once on consent (person_id, purpose) where withdrawn_at is null;
create index consent_person on consent (person_id, given_at, id);
--rollback drop table consent;
