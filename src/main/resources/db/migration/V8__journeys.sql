-- CoNew: the journey of a service (ordered stages with touchpoints), its public links (only the token's hash is
-- kept), the service users' annotations per stage with their moderation, and the support (votes) for ideas.
create sequence journey_seq start with 1 increment by 50;
create sequence journey_stage_seq start with 1 increment by 50;
create sequence journey_touchpoint_seq start with 1 increment by 50;
create sequence journey_link_seq start with 1 increment by 50;
create sequence annotation_seq start with 1 increment by 50;
create sequence annotation_vote_seq start with 1 increment by 50;

create table journey (
    id                 bigint         not null primary key,
    organisation_id    bigint         not null references organisation (id),
    service_id         bigint         not null references service (id),
    title              varchar(200)   not null,
    persona            varchar(2000),
    created_by         varchar(254)   not null,
    created_at         timestamp(6) with time zone not null,
    version            bigint         not null default 0
);
create index journey_organisation_ix on journey (organisation_id, created_at);
create index journey_service_ix on journey (service_id);

create table journey_stage (
    id                 bigint         not null primary key,
    journey_id         bigint         not null references journey (id),
    place              integer        not null,
    name               varchar(200)   not null,
    user_action        varchar(1000)
);
create index journey_stage_journey_ix on journey_stage (journey_id, place);

create table journey_touchpoint (
    id                 bigint         not null primary key,
    stage_id           bigint         not null references journey_stage (id),
    place              integer        not null,
    name               varchar(200)   not null,
    channel            varchar(40)    not null
);
create index journey_touchpoint_stage_ix on journey_touchpoint (stage_id, place);

create table journey_link (
    id                 bigint         not null primary key,
    journey_id         bigint         not null references journey (id),
    label              varchar(200)   not null,
    channel            varchar(40),
    token_hash         varchar(64)    not null unique,
    closes_at          timestamp(6) with time zone,
    revoked_at         timestamp(6) with time zone,
    revoked_by         varchar(254),
    created_by         varchar(254)   not null,
    created_at         timestamp(6) with time zone not null
);
create index journey_link_journey_ix on journey_link (journey_id);

create table annotation (
    id                 bigint         not null primary key,
    journey_id         bigint         not null references journey (id),
    stage_id           bigint         not null references journey_stage (id),
    link_id            bigint         not null references journey_link (id),
    feeling            integer,
    problem            varchar(1000),
    idea               varchar(1000),
    language           varchar(5)     not null,
    contact_name       varchar(200),
    contact_email      varchar(254),
    status             varchar(20)    not null,
    hidden_reason      varchar(500),
    merged_into_id     bigint         references annotation (id),
    moderated_by       varchar(254),
    moderated_at       timestamp(6) with time zone,
    redacted_by        varchar(254),
    redacted_at        timestamp(6) with time zone,
    created_at         timestamp(6) with time zone not null,
    version            bigint         not null default 0
);
create index annotation_journey_ix on annotation (journey_id, status, created_at);
create index annotation_stage_ix on annotation (stage_id);
create index annotation_link_ix on annotation (link_id);

create table annotation_vote (
    id                 bigint         not null primary key,
    annotation_id      bigint         not null references annotation (id),
    voter_hash         varchar(64)    not null,
    created_at         timestamp(6) with time zone not null,
    constraint annotation_vote_once unique (annotation_id, voter_hash)
);
