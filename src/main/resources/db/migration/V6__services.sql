-- CoServe: an organisation's candidate services for renewal through co-creation (each assessed in its own
-- assessments, subject_id = the service), and every choice of the service to renew, kept as a history.
create sequence service_seq start with 1 increment by 50;
create sequence service_choice_seq start with 1 increment by 50;

create table service (
    id                 bigint         not null primary key,
    organisation_id    bigint         not null references organisation (id),
    name               varchar(200)   not null,
    description        varchar(2000),
    responsible_unit   varchar(200),
    approximate_users  bigint,
    channels           varchar(200)   not null,
    created_by         varchar(254)   not null,
    created_at         timestamp(6) with time zone not null,
    version            bigint         not null default 0
);
create index service_organisation_ix on service (organisation_id, name);

create table service_choice (
    id                 bigint         not null primary key,
    organisation_id    bigint         not null references organisation (id),
    service_id         bigint         not null references service (id),
    reason             varchar(2000)  not null,
    chosen_by          varchar(254)   not null,
    chosen_at          timestamp(6) with time zone not null
);
create index service_choice_organisation_ix on service_choice (organisation_id, chosen_at);
create index service_choice_service_ix on service_choice (service_id);
