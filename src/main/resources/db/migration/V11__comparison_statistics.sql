-- Peer figures kept ready, so that a comparison reads a few index ranges instead of aggregating the whole pool.
-- comparison_round remembers with which characteristics (and whether at all: counted) its organisation's scores
-- were added; comparison_count holds, per peer group ("peer_key", e.g. 'all', 'country=SI',
-- 'country=SI&level=LOCAL'), how many organisations have a round (node_id '') or a score for each node;
-- comparison_histogram holds, per single peer group and node, how many organisations have each score. They are
-- aggregates: no row names an organisation. PeerTables keeps them when a round closes, sharing changes or an
-- organisation is deleted, and rebuilds them at start-up while comparison_refresh.stale is true.
alter table comparison_round add column counted boolean not null default false;
alter table comparison_round add column country varchar(2);
alter table comparison_round add column government_level varchar(20);
alter table comparison_round add column sector varchar(40);
alter table comparison_round add column size_band varchar(20);

create table comparison_count (
    tool           varchar(40)  not null,
    peer_key       varchar(160) not null,
    node_id        varchar(80)  not null,
    organisations  bigint       not null,
    primary key (tool, peer_key, node_id)
);

create table comparison_histogram (
    tool           varchar(40)  not null,
    peer_key       varchar(160) not null,
    node_id        varchar(80)  not null,
    score          double precision not null,
    organisations  bigint       not null,
    primary key (tool, peer_key, node_id, score)
);

-- one row: locked by every change of the tables above, so that concurrent changes add up; stale until rebuilt
create table comparison_refresh (
    id     integer not null primary key,
    stale  boolean not null
);
insert into comparison_refresh (id, stale) values (1, true);

-- rows written by the load tests' baseline endpoint (/benchmark/insert, off unless cokit.benchmark.endpoints=true)
create table benchmark_row (
    id          varchar(36) not null primary key,
    written_at  timestamp(6) with time zone not null
);
