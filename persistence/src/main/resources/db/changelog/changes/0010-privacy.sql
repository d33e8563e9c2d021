--liquibase formatted sql

--changeset loop:0010-privacy-audit-actor
--comment: A person's own security events (the export) and their anonymisation (erasure) look
--comment: events up by actor as well as by subject.
create index audit_event_actor on audit_event (actor_id, occurred_at desc, id desc);
--rollback drop index audit_event_actor;
