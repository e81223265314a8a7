-- Assessments (one round of one tool for one subject), submissions (one respondent's answers) and answers (rows,
-- never one column per question). Definitions stay in YAML; rows point to them by id and version.
create sequence assessment_seq start with 1 increment by 50;
create sequence submission_seq start with 1 increment by 50;
create sequence answer_seq start with 1 increment by 50;

create table assessment (
    id                      bigint       not null primary key,
    organisation_id         bigint       not null references organisation (id),
    tool                    varchar(40)  not null,
    subject_id              bigint,
    title                   varchar(200),
    status                  varchar(10)  not null,
    questionnaire_id        varchar(80)  not null,
    questionnaire_version   integer      not null,
    rule_set_id             varchar(80),
    rule_set_version        integer,
    created_by              varchar(254) not null,
    created_at              timestamp(6) with time zone not null,
    opened_at               timestamp(6) with time zone,
    closed_at               timestamp(6) with time zone,
    version                 bigint       not null default 0
);
create index assessment_organisation_tool_ix on assessment (organisation_id, tool, status);

create table submission (
    id               bigint       not null primary key,
    assessment_id    bigint       not null references assessment (id),
    member_id        bigint       references member (id),
    status           varchar(10)  not null,
    last_section     varchar(80),
    started_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    submitted_at     timestamp(6) with time zone,
    version          bigint       not null default 0
);
create index submission_assessment_ix on submission (assessment_id);
create unique index submission_member_uq on submission (assessment_id, member_id);

create table answer (
    id               bigint        not null primary key,
    submission_id    bigint        not null references submission (id) on delete cascade,
    question_id      varchar(80)   not null,
    answer_value     varchar(5000),
    answer_comment   varchar(2000),
    updated_at       timestamp(6) with time zone not null
);
create unique index answer_submission_question_uq on answer (submission_id, question_id);

-- What each published questionnaire version looked like when first loaded, so a changed file must bump its version.
create table questionnaire_fingerprint (
    questionnaire_id       varchar(80)  not null,
    questionnaire_version  integer      not null,
    fingerprint            varchar(64)  not null,
    first_loaded_at        timestamp(6) with time zone not null,
    primary key (questionnaire_id, questionnaire_version)
);
