-- Counts by election stage, by the day each story was published (exact even where a week
-- straddles two stages): stories and directives by kind. Every stage of the calendar is
-- listed, with zeros if nothing was published in it; stories outside every stage are the
-- row whose stage is NULL.
WITH stages AS (
    SELECT election AS stage_election, stage FROM election_stages
    UNION
    SELECT stage_election, stage FROM trends_articles
),
stories AS (
    SELECT stage_election, stage, count(*) AS articles FROM trends_articles GROUP BY ALL
),
said AS (
    SELECT
        stage_election,
        stage,
        count(*) AS directives,
        count(*) FILTER (WHERE kind = 'prohibition') AS prohibitions,
        count(*) FILTER (WHERE kind = 'obligation') AS obligations,
        count(*) FILTER (WHERE kind = 'permission') AS permissions,
        count(*) FILTER (WHERE kind = 'appeal') AS appeals,
        count(*) FILTER (WHERE kind = 'sanction') AS sanctions
    FROM trends_directives
    GROUP BY ALL
)
SELECT
    k.stage_election,
    k.stage,
    e.starts_on,
    e.ends_on,
    coalesce(n.articles, 0) AS articles,
    coalesce(d.directives, 0) AS directives,
    coalesce(d.prohibitions, 0) AS prohibitions,
    coalesce(d.obligations, 0) AS obligations,
    coalesce(d.permissions, 0) AS permissions,
    coalesce(d.appeals, 0) AS appeals,
    coalesce(d.sanctions, 0) AS sanctions
FROM stages AS k
LEFT JOIN election_stages AS e ON e.election = k.stage_election AND e.stage = k.stage
LEFT JOIN stories AS n ON n.stage_election IS NOT DISTINCT FROM k.stage_election AND n.stage IS NOT DISTINCT FROM k.stage
LEFT JOIN said AS d ON d.stage_election IS NOT DISTINCT FROM k.stage_election AND d.stage IS NOT DISTINCT FROM k.stage
ORDER BY e.starts_on NULLS LAST;
