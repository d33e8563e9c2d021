--liquibase formatted sql

--changeset loop:0016-mentoring-participants
--comment: Who takes part in a relationship: a mentor and a mentee (one-to-one), a mentor and several mentees
--comment: (group) or two or more peers. An invited peer has no joined_at yet; a participant who left keeps
--comment: their row with left_at. A mentee's row names the request that brought them in. Rows go with the
--comment: person's account; the others keep the relationship. mentor_id and mentee_id of the relationship
--comment: stay for one-to-one (mentor_id also for a group).
create table mentoring_participant (
    relationship_id uuid not null references mentoring_relationship (id) on delete cascade,
    person_id       uuid not null references person (id) on delete cascade,
    role            text not null check (role in ('MENTOR', 'MENTEE', 'PEER')),
    invited_at      timestamptz not null,
    joined_at       timestamptz,
    left_at         timestamptz,
    request_id      uuid references mentoring_request (id) on delete set null,
    primary key (relationship_id, person_id)
);
-- People list their relationships; capacity counts a running group's mentees.
create index mentoring_participant_person on mentoring_participant (person_id, relationship_id);
insert into mentoring_participant (relationship_id, person_id, role, invited_at, joined_at, left_at, request_id)
select id, mentor_id, 'MENTOR', started_at, started_at, null::timestamptz, null::uuid from mentoring_relationship where mentor_id is not null
union all
select id, mentee_id, 'MENTEE', started_at, started_at, null::timestamptz, request_id from mentoring_relationship
where mentee_id is not null;
--rollback drop table mentoring_participant;

--changeset loop:0016-mentoring-agreement-confirmations
--comment: Each participant's confirmation of the agreement's current terms; any change deletes them all.
create table mentoring_agreement_confirmation (
    relationship_id uuid not null references mentoring_agreement (relationship_id) on delete cascade,
    person_id       uuid not null references person (id) on delete cascade,
    confirmed_at    timestamptz not null,
    primary key (relationship_id, person_id)
);
insert into mentoring_agreement_confirmation (relationship_id, person_id, confirmed_at)
select a.relationship_id, r.mentor_id, a.mentor_confirmed_at from mentoring_agreement a
join mentoring_relationship r on r.id = a.relationship_id where a.mentor_confirmed_at is not null and r.mentor_id is not null
union all
select a.relationship_id, r.mentee_id, a.mentee_confirmed_at from mentoring_agreement a
join mentoring_relationship r on r.id = a.relationship_id where a.mentee_confirmed_at is not null and r.mentee_id is not null;
alter table mentoring_agreement drop column mentor_confirmed_at, drop column mentee_confirmed_at;
--rollback alter table mentoring_agreement add column mentor_confirmed_at timestamptz, add column mentee_confirmed_at timestamptz; drop table mentoring_agreement_confirmation;

--changeset loop:0016-peer-sides
--comment: Peers answer check-ins and give feedback as PEER.
alter table mentoring_feedback drop constraint mentoring_feedback_side_check;
alter table mentoring_feedback add constraint mentoring_feedback_side_check check (side in ('MENTEE', 'MENTOR', 'PEER'));
alter table mentoring_check_in drop constraint mentoring_check_in_side_check;
alter table mentoring_check_in add constraint mentoring_check_in_side_check check (side in ('MENTEE', 'MENTOR', 'PEER'));
--rollback select 1;

--changeset loop:0016-mentoring-coalitions
--comment: The coalition (programme) a request belongs to, and the relationship made of it: the coalition's
--comment: coordinators read the relationship, its agreement and goals.
alter table mentoring_request add column coalition_id uuid references coalition (id) on delete set null;
alter table mentoring_relationship add column coalition_id uuid references coalition (id) on delete set null;
--rollback alter table mentoring_relationship drop column coalition_id; alter table mentoring_request drop column coalition_id;
