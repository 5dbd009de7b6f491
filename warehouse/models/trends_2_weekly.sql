-- Trends, week by week. Every view has week ('2024-W07'), week_start (its Monday) and
-- the week's stage_election/stage (NULL outside the calendar in election_stages).
-- `articles` counts distinct stories (syndicated copies once), `directives` sentences.

-- Every ISO week from the first story (or stage) to the last, including empty weeks.
CREATE OR REPLACE VIEW trends_weeks AS
WITH bounds AS (
    SELECT
        date_trunc('week', least(min(published_date), (SELECT min(starts_on) FROM election_stages)))::DATE AS first_week,
        greatest(max(published_date), (SELECT max(ends_on) FROM election_stages)) AS last_day
    FROM trends_articles
),
weeks AS (
    SELECT unnest(generate_series(first_week, last_day, INTERVAL 7 DAY))::DATE AS week_start FROM bounds
),
stories AS (
    SELECT week_start, count(*) AS articles FROM trends_articles GROUP BY ALL
),
sentences AS (
    SELECT week_start, count(*) AS directives FROM trends_directives GROUP BY ALL
)
SELECT
    strftime(w.week_start, '%G-W%V') AS week,
    w.week_start,
    (w.week_start + 6) AS week_end,
    s.stage_election,
    s.stage,
    coalesce(n.articles, 0) AS articles,
    coalesce(d.directives, 0) AS directives
FROM weeks AS w
LEFT JOIN trends_stage_weeks AS s USING (week_start)
LEFT JOIN stories AS n USING (week_start)
LEFT JOIN sentences AS d USING (week_start);

CREATE OR REPLACE VIEW trends_weekly_agencies AS
WITH named AS (
    SELECT t.week_start, m.agency, min(m.acronym) AS acronym, count(DISTINCT m.article_id) AS articles
    FROM agency_mentions AS m
    JOIN trends_articles AS t USING (article_id)
    GROUP BY ALL
),
issued AS (
    SELECT week_start, institution AS agency, count(*) AS directives
    FROM trends_directives
    WHERE institution IS NOT NULL
    GROUP BY ALL
)
SELECT
    strftime(week_start, '%G-W%V') AS week,
    week_start,
    s.stage_election,
    s.stage,
    agency,
    n.acronym,
    coalesce(n.articles, 0) AS articles,
    coalesce(i.directives, 0) AS directives
FROM named AS n
FULL JOIN issued AS i USING (week_start, agency)
LEFT JOIN trends_stage_weeks AS s USING (week_start);

CREATE OR REPLACE VIEW trends_weekly_officials AS
WITH named AS (
    SELECT
        t.week_start,
        m.name,
        mode(m.role) AS role,
        mode(m.agency) AS agency,
        count(DISTINCT m.article_id) AS articles
    FROM official_mentions AS m
    JOIN trends_articles AS t USING (article_id)
    GROUP BY t.week_start, m.name
),
said AS (
    SELECT week_start, actor AS name, count(*) AS directives
    FROM trends_directives
    WHERE actor IS NOT NULL
    GROUP BY ALL
)
SELECT
    strftime(n.week_start, '%G-W%V') AS week,
    n.week_start,
    s.stage_election,
    s.stage,
    n.name,
    n.role,
    n.agency,
    n.articles,
    coalesce(d.directives, 0) AS directives
FROM named AS n
LEFT JOIN said AS d ON d.week_start = n.week_start AND d.name = n.name
LEFT JOIN trends_stage_weeks AS s ON s.week_start = n.week_start;

-- province NULL: national stories (no single province).
CREATE OR REPLACE VIEW trends_weekly_provinces AS
WITH stories AS (
    SELECT week_start, province, count(*) AS articles FROM trends_articles GROUP BY ALL
),
sentences AS (
    SELECT week_start, province, count(*) AS directives FROM trends_directives GROUP BY ALL
)
SELECT
    strftime(n.week_start, '%G-W%V') AS week,
    n.week_start,
    s.stage_election,
    s.stage,
    n.province,
    n.articles,
    coalesce(d.directives, 0) AS directives
FROM stories AS n
LEFT JOIN sentences AS d ON d.week_start = n.week_start AND d.province IS NOT DISTINCT FROM n.province
LEFT JOIN trends_stage_weeks AS s ON s.week_start = n.week_start;

CREATE OR REPLACE VIEW trends_weekly_directive_kinds AS
SELECT
    t.week,
    t.week_start,
    s.stage_election,
    s.stage,
    t.kind,
    count(*) AS directives,
    count(DISTINCT t.article_id) AS articles
FROM trends_directives AS t
LEFT JOIN trends_stage_weeks AS s USING (week_start)
GROUP BY ALL;

CREATE OR REPLACE VIEW trends_weekly_behaviours AS
WITH unnested AS (
    SELECT week, week_start, kind, article_id, unnest(behaviours) AS behaviour
    FROM trends_directives
    WHERE len(behaviours) > 0
)
SELECT
    u.week,
    u.week_start,
    s.stage_election,
    s.stage,
    u.behaviour,
    u.kind,
    count(*) AS directives,
    count(DISTINCT u.article_id) AS articles
FROM unnested AS u
LEFT JOIN trends_stage_weeks AS s USING (week_start)
GROUP BY ALL;
