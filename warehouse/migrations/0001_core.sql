-- The warehouse's core tables: raw (append-only, stamped with a load id) -> staging
-- (typed, keyed by article_id, upserted) -> public views (models/*.sql).

CREATE TABLE load_runs (
    load_id     VARCHAR PRIMARY KEY,
    command     VARCHAR NOT NULL,           -- run | process | reprocess
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    stats       JSON
);

-- One row per article fetch copied from the raw store (the HTML stays there).
CREATE TABLE raw_fetches (
    fetch_id        BIGINT NOT NULL,        -- the raw store's id
    article_id      VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,       -- first page, as fetched
    canonical_url   VARCHAR,
    source_id       VARCHAR NOT NULL,
    discovered_via  VARCHAR,                -- sitemap | feed | listing
    discovered_from VARCHAR,                -- the sitemap/feed/listing URL
    fetched_at      TIMESTAMPTZ,
    n_pages         INTEGER,
    status          INTEGER,
    load_id         VARCHAR NOT NULL
);

-- What processing made of each fetch; a fetch listed here is not processed again
-- unless asked (--reprocess, --retry-failed).
CREATE TABLE processed_fetches (
    fetch_id     BIGINT PRIMARY KEY,
    article_id   VARCHAR NOT NULL,
    outcome      VARCHAR NOT NULL,          -- article | not_article | failed
    error        VARCHAR,
    processed_at TIMESTAMPTZ NOT NULL,
    load_id      VARCHAR NOT NULL
);

CREATE TABLE stg_articles (
    article_id      VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,
    canonical_url   VARCHAR,
    source_id       VARCHAR NOT NULL,
    title           VARCHAR,
    published_at    TIMESTAMPTZ,
    published_date  DATE,
    author          VARCHAR,
    text            VARCHAR,
    word_count      INTEGER,
    fetched_at      TIMESTAMPTZ,
    extracted_at    TIMESTAMPTZ NOT NULL,
    load_id         VARCHAR NOT NULL
);

CREATE TABLE stg_analysis (
    article_id   VARCHAR PRIMARY KEY,
    is_relevant  BOOLEAN,
    province     VARCHAR,
    election     VARCHAR,
    analysed_at  TIMESTAMPTZ NOT NULL,
    load_id      VARCHAR NOT NULL
);

CREATE TABLE stg_official_mentions (
    article_id VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    role       VARCHAR,
    agency     VARCHAR
);

CREATE TABLE stg_agency_mentions (
    article_id VARCHAR NOT NULL,
    agency     VARCHAR NOT NULL,
    acronym    VARCHAR,
    surface    VARCHAR
);

CREATE TABLE stg_event_dates (
    article_id VARCHAR NOT NULL,
    event_date DATE NOT NULL
);

CREATE TABLE stg_directives (
    article_id  VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,           -- order within the article
    kind        VARCHAR NOT NULL,
    sentence    VARCHAR NOT NULL,
    actor       VARCHAR,
    target      VARCHAR,
    behaviours  VARCHAR[],
    legal_bases VARCHAR[]
);

-- Syndicated / near-verbatim copies: article_id is a copy of duplicate_of (the earliest).
CREATE TABLE stg_duplicates (
    article_id   VARCHAR PRIMARY KEY,
    duplicate_of VARCHAR NOT NULL,
    similarity   DOUBLE
);

-- Per-source crawl figures of each run (the basis of source health).
CREATE TABLE crawl_stats (
    load_id     VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    discovered  INTEGER,
    known       INTEGER,
    fetched     INTEGER,
    new         INTEGER,
    failed      INTEGER,
    last_error  VARCHAR
);
