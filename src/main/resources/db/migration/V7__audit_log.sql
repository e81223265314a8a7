-- The audit log: who opened, closed, exported, shared, invited and deleted what. Rows are only ever added, in the
-- transaction of the change they record. No foreign keys: an entry outlives what it names (a deleted organisation's
-- deletion entry keeps its name, with organisation_id cleared; an erased member's entries keep only the id).
create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id                 bigint        not null primary key,
    occurred_at        timestamp(6) with time zone not null,
    organisation_id    bigint,
    organisation_name  varchar(200),
    actor_member_id    bigint,
    actor_email        varchar(254),
    action             varchar(40)   not null,
    object_type        varchar(40)   not null,
    object_id          bigint,
    object_label       varchar(200),
    details            varchar(2000)
);
create index audit_entry_organisation_ix on audit_entry (organisation_id, occurred_at);
create index audit_entry_occurred_ix on audit_entry (occurred_at);
create index audit_entry_actor_ix on audit_entry (actor_member_id);
create index audit_entry_object_ix on audit_entry (object_type, object_id);
