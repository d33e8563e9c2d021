--liquibase formatted sql

--changeset loop:0013-mentoring-agreements
--comment: One agreement per relationship. Any change clears both confirmations. updated_by is unset
--comment: when that person erases their account; the other participant keeps the agreement.
create table mentoring_agreement (
    relationship_id          uuid primary key references mentoring_relationship (id) on delete cascade,
    goals                    jsonb not null check (jsonb_typeof(goals) = 'array'
                                 and jsonb_array_length(goals) between 1 and 10),
    expected_duration_months integer not null check (expected_duration_months between 1 and 36),
    meeting_frequency        text not null check (meeting_frequency in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    check_in_interval_weeks  integer not null check (check_in_interval_weeks between 1 and 26),
    mentor_confirmed_at      timestamptz,
    mentee_confirmed_at      timestamptz,
    updated_by               uuid references person (id) on delete set null,
    updated_at               timestamptz not null,
    version                  bigint not null default 0
);
--rollback drop table mentoring_agreement;

--changeset loop:0013-mentoring-goals
--comment: Goals tracked in a relationship; created_by is unset when its author erases their account.
create table mentoring_goal (
    id              uuid primary key,
    relationship_id uuid not null references mentoring_relationship (id) on delete cascade,
    title           text not null check (length(title) between 3 and 300),
    target_date     date,
    progress        integer not null check (progress between 0 and 100),
    status          text not null check (status in ('OPEN', 'ACHIEVED', 'DROPPED')),
    created_by      uuid references person (id) on delete set null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);
create index mentoring_goal_relationship on mentoring_goal (relationship_id, created_at, id);
--rollback drop table mentoring_goal;

--changeset loop:0013-mentoring-sessions
--comment: Sessions with the notes every participant reads; created_by is unset with its author's account,
--comment: the notes stay for the other participant.
create table mentoring_session (
    id               uuid primary key,
    relationship_id  uuid not null references mentoring_relationship (id) on delete cascade,
    starts_at        timestamptz not null,
    duration_minutes integer not null check (duration_minutes between 5 and 600),
    status           text not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    shared_notes     text check (length(shared_notes) between 1 and 10000),
    created_by       uuid references person (id) on delete set null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0
);
create index mentoring_session_relationship on mentoring_session (relationship_id, starts_at, id);
--rollback drop table mentoring_session;

--changeset loop:0013-mentoring-private-notes
--comment: A participant's own note on a session: read only by its author, gone with the author's account.
create table mentoring_private_note (
    session_id uuid not null references mentoring_session (id) on delete cascade,
    author_id  uuid not null references person (id) on delete cascade,
    text       text not null check (length(text) between 1 and 10000),
    updated_at timestamptz not null,
    primary key (session_id, author_id)
);
create index mentoring_private_note_author on mentoring_private_note (author_id);
--rollback drop table mentoring_private_note;

--changeset loop:0013-mentoring-feedback
--comment: Closing feedback, one per participant and relationship, read only by its author and gone with
--comment: the author's account. side lets analytics aggregate per side, in groups of at least 5 only.
create table mentoring_feedback (
    relationship_id uuid not null references mentoring_relationship (id) on delete cascade,
    author_id       uuid not null references person (id) on delete cascade,
    side            text not null check (side in ('MENTEE', 'MENTOR')),
    rating          integer not null check (rating between 1 and 5),
    text            text check (length(text) between 1 and 2000),
    submitted_at    timestamptz not null,
    primary key (relationship_id, author_id)
);
create index mentoring_feedback_author on mentoring_feedback (author_id);
--rollback drop table mentoring_feedback;

--changeset loop:0013-mentoring-tasks
--comment: Tasks and their comments. assignee_id, created_by and author_id are unset when that person
--comment: erases their account: the other participant keeps the task and the conversation.
create table mentoring_task (
    id              uuid primary key,
    relationship_id uuid not null references mentoring_relationship (id) on delete cascade,
    title           text not null check (length(title) between 3 and 300),
    description     text check (length(description) between 1 and 2000),
    assignee_id     uuid references person (id) on delete set null,
    due_date        date,
    done_at         timestamptz,
    created_by      uuid references person (id) on delete set null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);
create index mentoring_task_relationship on mentoring_task (relationship_id, created_at, id);
create table mentoring_task_comment (
    id         uuid primary key,
    task_id    uuid not null references mentoring_task (id) on delete cascade,
    author_id  uuid references person (id) on delete set null,
    text       text not null check (length(text) between 1 and 2000),
    created_at timestamptz not null
);
create index mentoring_task_comment_task on mentoring_task_comment (task_id, created_at, id);
create index mentoring_task_comment_author on mentoring_task_comment (author_id);
--rollback drop table mentoring_task_comment; drop table mentoring_task;

--changeset loop:0013-mentoring-check-ins
--comment: Relationship-health check-ins (four statements answered 1 to 5, and a comment), read by both
--comment: participants and gone with their author's account.
create table mentoring_check_in (
    id                 uuid primary key,
    relationship_id    uuid not null references mentoring_relationship (id) on delete cascade,
    author_id          uuid not null references person (id) on delete cascade,
    side               text not null check (side in ('MENTEE', 'MENTOR')),
    progress_on_goals  integer not null check (progress_on_goals between 1 and 5),
    useful_meetings    integer not null check (useful_meetings between 1 and 5),
    feel_supported     integer not null check (feel_supported between 1 and 5),
    good_communication integer not null check (good_communication between 1 and 5),
    comment            text check (length(comment) between 1 and 2000),
    submitted_at       timestamptz not null
);
create index mentoring_check_in_relationship on mentoring_check_in (relationship_id, author_id, submitted_at);
create index mentoring_check_in_author on mentoring_check_in (author_id);
-- The reminder job looks for earlier reminders per person and relationship.
create index notification_check_in_due on notification (recipient_id, relationship_id, created_at) where kind = 'CHECK_IN_DUE';
--rollback drop index notification_check_in_due; drop table mentoring_check_in;
