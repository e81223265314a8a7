-- Comparison reads, per tool, each organisation's latest closed round and the scores of its result. Both are kept
-- here when an assessment closes (copies of frozen rows, which never change), so that a comparison reads one index
-- range per node instead of searching every organisation's rounds. Whether an organisation takes part is never
-- copied: queries join organisation.benchmark_opt_in, so opting out takes effect at once.
create table comparison_round (
    tool             varchar(40)  not null,
    organisation_id  bigint       not null references organisation (id),
    assessment_id    bigint       not null references assessment (id) on delete cascade,
    primary key (tool, organisation_id)
);

create table comparison_score (
    tool             varchar(40)  not null,
    node_id          varchar(80)  not null,
    organisation_id  bigint       not null references organisation (id),
    assessment_id    bigint       not null references assessment (id) on delete cascade,
    score            double precision not null,
    primary key (tool, node_id, organisation_id)
);
create index comparison_score_assessment_ix on comparison_score (assessment_id);

-- rounds closed before this migration
insert into comparison_round (tool, organisation_id, assessment_id)
select a.tool, a.organisation_id, a.id from assessment a
where a.status = 'CLOSED' and a.closed_at is not null and not exists (select 1 from assessment b
    where b.tool = a.tool and b.organisation_id = a.organisation_id and b.status = 'CLOSED'
      and (b.closed_at > a.closed_at or (b.closed_at = a.closed_at and b.id > a.id)));

insert into comparison_score (tool, node_id, organisation_id, assessment_id, score)
select r.tool, nr.node_id, r.organisation_id, r.assessment_id, nr.score
from comparison_round r join node_result nr on nr.assessment_id = r.assessment_id
where nr.is_input = false and nr.score is not null;
