-- Trends, the base layer: the stories that count, their directives, and the stage of each week.
-- A story counts once: relevant, dated, and not a syndicated copy (duplicate_of IS NULL;
-- the copy's original carries it). Weeks are ISO weeks of published_date, a WIB date.
-- An undated story (published_date NULL: its page shows no publication date) has no week:
-- it is left out of every weekly view and listed in trends_undated instead, never
-- given a guessed date.

-- Which election stage each ISO week falls in: the voting day if the week holds it,
-- otherwise the stage with the most days in the week; `stages` lists every stage touched.
CREATE OR REPLACE VIEW trends_stage_weeks AS
WITH days AS (
    SELECT s.election, s.stage, unnest(generate_series(s.starts_on, s.ends_on, INTERVAL 1 DAY))::DATE AS day
    FROM election_stages AS s
),
per_week AS (
    SELECT date_trunc('week', day)::DATE AS week_start, election, stage, count(*) AS days, min(day) AS first_day
    FROM days
    GROUP BY ALL
)
SELECT
    week_start,
    strftime(week_start, '%G-W%V') AS week,
    arg_max(election, CASE WHEN stage = 'voting_day' THEN 8 ELSE days END) AS stage_election,
    arg_max(stage, CASE WHEN stage = 'voting_day' THEN 8 ELSE days END) AS stage,
    list(election || ':' || stage ORDER BY first_day) AS stages
FROM per_week
GROUP BY week_start;

CREATE OR REPLACE VIEW trends_articles AS
SELECT
    a.article_id,
    a.url,
    a.title,
    a.source_id,
    a.published_date,
    strftime(a.published_date, '%G-W%V') AS week,
    date_trunc('week', a.published_date)::DATE AS week_start,
    a.province,
    a.election,
    s.election AS stage_election,           -- the calendar stage on the day it was published
    s.stage
FROM articles AS a
LEFT JOIN election_stages AS s ON a.published_date BETWEEN s.starts_on AND s.ends_on
WHERE a.is_relevant AND a.duplicate_of IS NULL AND a.published_date IS NOT NULL;

-- The relevant original stories that no week can hold, with why they are undated.
CREATE OR REPLACE VIEW trends_undated AS
SELECT
    a.article_id,
    a.url,
    a.title,
    a.source_id,
    a.date_source,
    a.fetched_at,
    a.province,
    a.election,
    (SELECT count(*) FROM directives AS d WHERE d.article_id = a.article_id) AS directives
FROM articles AS a
WHERE a.is_relevant AND a.duplicate_of IS NULL AND a.published_date IS NULL;

-- Each directive of a counted story, with the institution it is attributed to: the
-- agency of the official named as actor in the same article, else the actor itself
-- (the pipeline's actor is an official's name or a canonical agency).
-- published_date rides along in the officials' join key so that a date filter on this
-- view reaches the official mentions too, instead of grouping all of them.
CREATE OR REPLACE VIEW trends_directives AS
WITH officials AS (
    SELECT o.article_id, t.published_date, lower(o.name) AS key, min(o.agency) AS agency
    FROM official_mentions AS o
    JOIN trends_articles AS t USING (article_id)
    GROUP BY ALL
)
SELECT
    t.week,
    t.week_start,
    t.published_date,
    t.stage_election,
    t.stage,
    t.province,
    t.article_id,
    t.url,
    t.title,
    t.source_id,
    d.seq,
    d.kind,
    d.sentence,
    d.actor,
    d.target,
    d.behaviours,
    d.legal_bases,
    CASE WHEN o.key IS NULL THEN d.actor ELSE o.agency END AS institution
FROM directives AS d
JOIN trends_articles AS t USING (article_id)
LEFT JOIN officials AS o
    ON o.article_id = d.article_id AND o.published_date = t.published_date AND o.key = lower(d.actor);
