-- Participant roles and anonymous participation (CoMaster first, any questionnaire with participant roles):
-- each submission records the role it was made in, and people without an account answer through revocable
-- participant links. Only hashes of the link and resume tokens are stored.
alter table submission add column participant_role varchar(40);
alter table submission add column access_hash varchar(64);
create unique index submission_access_uq on submission (access_hash);
create index submission_role_ix on submission (assessment_id, participant_role);

create sequence participant_link_seq start with 1 increment by 50;

create table participant_link (
    id               bigint        not null primary key,
    assessment_id    bigint        not null references assessment (id),
    token_hash       varchar(64)   not null,
    roles            varchar(400)  not null,
    label            varchar(200),
    created_by       varchar(254)  not null,
    created_at       timestamp(6) with time zone not null,
    closes_on        date,
    revoked_at       timestamp(6) with time zone
);
create unique index participant_link_token_uq on participant_link (token_hash);
create index participant_link_assessment_ix on participant_link (assessment_id);

-- which link an anonymous submission came through, so a revoked link stops its submissions too
alter table submission add column link_id bigint references participant_link (id);
