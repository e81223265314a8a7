-- Comparison reads each opted-in organisation's latest closed round of a tool: this index finds the closed rounds of
-- a tool and, per organisation, whether a later one exists, without touching the table.
create index assessment_comparison_ix on assessment (tool, status, organisation_id, closed_at);
