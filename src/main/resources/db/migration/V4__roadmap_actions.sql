-- Roadmap actions an organisation adopted from the recommendations of an assessment's result, tracked until done.
create sequence roadmap_action_seq start with 1 increment by 50;

create table roadmap_action (
    id               bigint        not null primary key,
    organisation_id  bigint        not null references organisation (id),
    assessment_id    bigint        not null references assessment (id),
    tool             varchar(40)   not null,
    rule_set_id      varchar(80)   not null,
    action_id        varchar(80)   not null,
    title            varchar(300)  not null,
    owner            varchar(200)  not null,
    status           varchar(12)   not null,
    due_date         date,
    created_by       varchar(254)  not null,
    created_at       timestamp(6) with time zone not null,
    completed_at     timestamp(6) with time zone,
    version          bigint        not null default 0
);
create index roadmap_action_organisation_ix on roadmap_action (organisation_id, tool, status);
