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
