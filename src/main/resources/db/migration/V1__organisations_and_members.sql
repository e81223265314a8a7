-- Organisations, their members and invitations. Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL.
create sequence organisation_seq start with 1 increment by 50;
create sequence member_seq start with 1 increment by 50;
create sequence invitation_seq start with 1 increment by 50;

create table organisation (
    id                bigint       not null primary key,
    name              varchar(200) not null,
    name_key          varchar(200) not null,
    country           varchar(2)   not null,
    government_level  varchar(20)  not null,
    sector            varchar(40)  not null,
    size_band         varchar(20)  not null,
    language          varchar(5)   not null,
    benchmark_opt_in  boolean      not null default false,
    created_at        timestamp(6) with time zone not null,
    version           bigint       not null default 0
);
create unique index organisation_name_uq on organisation (name_key);

create table member (
    id                 bigint       not null primary key,
    organisation_id    bigint       references organisation (id),
    email              varchar(254) not null,
    display_name       varchar(200) not null,
    password_hash      varchar(100),
    failed_logins      integer      not null default 0,
    locked_until       timestamp(6) with time zone,
    last_login_at      timestamp(6) with time zone,
    created_at         timestamp(6) with time zone not null,
    version            bigint       not null default 0
);
create unique index member_email_uq on member (email);
create index member_organisation_ix on member (organisation_id);

create table member_role (
    member_id  bigint      not null references member (id) on delete cascade,
    role       varchar(20) not null,
    primary key (member_id, role)
);

create table invitation (
    id               bigint       not null primary key,
    organisation_id  bigint       not null references organisation (id),
    email            varchar(254) not null,
    display_name     varchar(200) not null,
    roles            varchar(100) not null,
    token_hash       varchar(64)  not null,
    invited_by       varchar(254) not null,
    created_at       timestamp(6) with time zone not null,
    expires_at       timestamp(6) with time zone not null,
    accepted_at      timestamp(6) with time zone,
    revoked_at       timestamp(6) with time zone
);
create unique index invitation_token_uq on invitation (token_hash);
create index invitation_organisation_ix on invitation (organisation_id);
