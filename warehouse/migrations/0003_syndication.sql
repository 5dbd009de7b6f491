-- Syndication: each article's MinHash signature and its LSH band keys, kept so a run
-- compares only its new articles against all earlier ones (a join on band keys).
-- Written by flows/syndication.py; stg_duplicates holds the resulting links.

CREATE TABLE syn_signatures (
    article_id VARCHAR PRIMARY KEY,
    minhash    BLOB NOT NULL             -- pipeline.syndication.NUM_PERM uint32, little-endian
);

-- One row per article and band: two articles that share a (band, bucket) are candidates.
CREATE TABLE syn_bands (
    band       SMALLINT NOT NULL,
    bucket     BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);
