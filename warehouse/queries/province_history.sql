-- A province's history, week by week: stories about it, directives in them and of which
-- kind, and the election stage of each week.
-- param province (required): province name, any case, with or without 'Provinsi', e.g. 'Jawa Timur'
WITH kinds AS (
    SELECT
        week_start,
        province,
        count(*) FILTER (WHERE kind = 'prohibition') AS prohibitions,
        count(*) FILTER (WHERE kind = 'obligation') AS obligations,
        count(*) FILTER (WHERE kind = 'permission') AS permissions,
        count(*) FILTER (WHERE kind = 'appeal') AS appeals,
        count(*) FILTER (WHERE kind = 'sanction') AS sanctions
    FROM trends_directives
    GROUP BY ALL
)
SELECT
    p.week,
    p.province,
    p.stage_election,
    p.stage,
    p.articles,
    p.directives,
    coalesce(k.prohibitions, 0) AS prohibitions,
    coalesce(k.obligations, 0) AS obligations,
    coalesce(k.permissions, 0) AS permissions,
    coalesce(k.appeals, 0) AS appeals,
    coalesce(k.sanctions, 0) AS sanctions
FROM trends_weekly_provinces AS p
LEFT JOIN kinds AS k USING (week_start, province)
WHERE lower(p.province) = lower(regexp_replace(trim($province), '^(?i)provinsi\s+', ''))
ORDER BY p.week_start;
