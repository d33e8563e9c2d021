--liquibase formatted sql

--changeset loop:0026-learning-notifications
--comment: Notifications about learning point to the enrollment, the path version, the programme
--comment: assignment and the step they concern; they go with the objects they point to.
alter table notification add column enrollment_id uuid references enrollment (id) on delete cascade;
alter table notification add column learning_path_id uuid references learning_path (id) on delete cascade;
alter table notification add column path_assignment_id uuid;
alter table notification add column step_key text;
--rollback alter table notification drop column step_key;
--rollback alter table notification drop column path_assignment_id;
--rollback alter table notification drop column learning_path_id;
--rollback alter table notification drop column enrollment_id;

--changeset loop:0026-path-assignments
--comment: Programmes: a published path version assigned to one coalition or one organisation. It
--comment: survives the erasure of the coordinator who made it (created_by set null).
create table path_assignment (
    id               uuid primary key,
    learning_path_id uuid not null references learning_path (id),
    coalition_id     uuid references coalition (id) on delete cascade,
    organization_id  uuid references organization (id) on delete cascade,
    created_by       uuid references person (id) on delete set null,
    created_at       timestamptz not null,
    ended_at         timestamptz,
    version          bigint not null default 0,
    check ((coalition_id is null) <> (organization_id is null))
);
create unique index path_assignment_one_running on path_assignment
    (learning_path_id, coalesce(coalition_id, organization_id)) where ended_at is null;
create index path_assignment_coalition on path_assignment (coalition_id, created_at desc, id) where coalition_id is not null;
create index path_assignment_organization on path_assignment (organization_id, created_at desc, id) where organization_id is not null;
create index path_assignment_created_by on path_assignment (created_by) where created_by is not null;
alter table notification add constraint notification_path_assignment
    foreign key (path_assignment_id) references path_assignment (id) on delete cascade;
--rollback alter table notification drop constraint notification_path_assignment;
--rollback drop table path_assignment;
