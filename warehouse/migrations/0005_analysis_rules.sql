-- Which rules made each analysis: a fingerprint of the analysis code and pattern files
-- (pipeline/nlp/provenance.py), and one row per fingerprint with the data files'
-- versions, so `pantau process --stale` re-analyses what older rules made. Rows analysed
-- before this migration have NULL: made by unknown rules, hence stale.

ALTER TABLE stg_analysis ADD COLUMN rules_version VARCHAR;

CREATE TABLE analysis_rules (
    rules_version VARCHAR PRIMARY KEY,
    rules         JSON NOT NULL,
    first_used    TIMESTAMPTZ NOT NULL
);
