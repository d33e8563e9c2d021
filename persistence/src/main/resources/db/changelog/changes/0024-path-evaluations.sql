--liquibase formatted sql

--changeset loop:0024-path-evaluations
--comment: A learner's evaluation of the path they completed or left, one per enrollment: the
--comment: ratings of the path and of its steps, and whether it met each need it addressed (JSON
--comment: arrays in the path's order). It is the learner's alone and goes with their account:
--comment: the authors' summary computes its figures from these rows when asked and keeps nothing.
create table path_evaluation (
    enrollment_id    uuid primary key references enrollment (id) on delete cascade,
    person_id        uuid not null references person (id) on delete cascade,
    learning_path_id uuid not null references learning_path (id),
    overall_rating   integer not null check (overall_rating between 1 and 5),
    text             text,
    step_ratings     jsonb not null check (jsonb_typeof(step_ratings) = 'array'),
    needs_met        jsonb not null check (jsonb_typeof(needs_met) = 'array'),
    submitted_at     timestamptz not null,
    version          bigint not null default 0
);
create index path_evaluation_of_path on path_evaluation (learning_path_id);
create index path_evaluation_of_person on path_evaluation (person_id, submitted_at);
create index enrollment_of_path_learner on enrollment (learning_path_id, person_id, enrolled_at desc);
--rollback drop index enrollment_of_path_learner;
--rollback drop table path_evaluation;
