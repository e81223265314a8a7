-- The result of an assessment as it stood when the assessment closed: every attribute (node or input) of its rule
-- set with its level range and 0-100 score. Kept so that history, trends and comparisons read stored figures with
-- SQL aggregates and never change when a rule-set file does.
create sequence node_result_seq start with 1 increment by 50;

create table node_result (
    id               bigint       not null primary key,
    assessment_id    bigint       not null references assessment (id) on delete cascade,
    node_id          varchar(80)  not null,
    is_input         boolean      not null,
    level_min        integer      not null,
    level_max        integer      not null,
    score            double precision
);
create unique index node_result_assessment_node_uq on node_result (assessment_id, node_id);
create index node_result_node_ix on node_result (node_id, assessment_id);

alter table assessment add column respondents integer;
