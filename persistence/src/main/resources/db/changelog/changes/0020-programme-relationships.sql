--liquibase formatted sql

--changeset loop:0020-programme-relationships
--comment: A coalition's coordinators page through the relationships of its programme, newest first
--comment: (GET /api/v1/mentoring-relationships?coalitionId=); the index also serves the foreign
--comment: key when a coalition is deleted.
create index mentoring_relationship_coalition on mentoring_relationship (coalition_id, started_at desc, id desc)
    where coalition_id is not null;
--rollback drop index mentoring_relationship_coalition;
