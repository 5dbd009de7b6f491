-- An institution's history, week by week: how many stories named it, how many directives
-- it issued and of which kind, and the election stage of each week.
-- param agency (required): canonical name or acronym, any case, e.g. Bawaslu or 'Komisi Aparatur Sipil Negara'
WITH matched AS (
    SELECT DISTINCT agency FROM agency_mentions
    WHERE lower(agency) = lower($agency) OR lower(acronym) = lower($agency)
    UNION
    SELECT DISTINCT institution FROM trends_directives WHERE lower(institution) = lower($agency)
),
kinds AS (
    SELECT
        week_start,
        institution AS agency,
        count(*) FILTER (WHERE kind = 'prohibition') AS prohibitions,
        count(*) FILTER (WHERE kind = 'obligation') AS obligations,
        count(*) FILTER (WHERE kind = 'permission') AS permissions,
        count(*) FILTER (WHERE kind = 'appeal') AS appeals,
        count(*) FILTER (WHERE kind = 'sanction') AS sanctions
    FROM trends_directives
    WHERE institution IN (SELECT agency FROM matched)
    GROUP BY ALL
)
SELECT
    w.week,
    w.agency,
    w.stage_election,
    w.stage,
    w.articles,
    w.directives,
    coalesce(k.prohibitions, 0) AS prohibitions,
    coalesce(k.obligations, 0) AS obligations,
    coalesce(k.permissions, 0) AS permissions,
    coalesce(k.appeals, 0) AS appeals,
    coalesce(k.sanctions, 0) AS sanctions
FROM trends_weekly_agencies AS w
LEFT JOIN kinds AS k USING (week_start, agency)
WHERE w.agency IN (SELECT agency FROM matched)
ORDER BY w.week_start, w.agency;
