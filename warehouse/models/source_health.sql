-- Public: how each source has fared across crawls. A run succeeded for a source when
-- its sitemaps/feeds/listings gave at least one article link; consecutive_failures
-- counts the most recent runs in a row that did not.
CREATE OR REPLACE VIEW source_health AS
WITH runs AS (
    SELECT
        source_id,
        coalesce(finished_at, started_at) AS at,
        discovered > 0 AS ok,
        failed,
        last_error,
        row_number() OVER (PARTITION BY source_id ORDER BY coalesce(finished_at, started_at) DESC) AS recency
    FROM crawl_stats
),
streak AS (
    SELECT source_id, coalesce(min(recency) FILTER (WHERE ok), max(recency) + 1) - 1 AS consecutive_failures
    FROM runs
    GROUP BY source_id
)
SELECT
    r.source_id,
    count(*) AS runs,
    round(avg(r.ok::INTEGER), 3) AS success_rate,
    max(r.at) FILTER (WHERE r.ok) AS last_success,
    max(r.at) AS last_run,
    s.consecutive_failures,
    sum(r.failed) AS failed_requests,
    arg_max(r.last_error, r.at) FILTER (WHERE r.last_error IS NOT NULL) AS last_error
FROM runs AS r
JOIN streak AS s USING (source_id)
GROUP BY r.source_id, s.consecutive_failures;
