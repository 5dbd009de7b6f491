-- Public: incidents, so trends count statements and events rather than reports of them.
-- An incident is the directives of one kind from one actor (compared case-insensitively)
-- whose reports follow each other by at most 3 days, across outlets. Syndicated copies
-- (articles.duplicate_of) count as their original: n_articles counts independent reports,
-- article_ids lists them, copy_ids the copies. A directive without an actor is an
-- incident of its own report: nothing says two of them are the same statement. Only
-- relevant articles count, as in the trends views.
CREATE OR REPLACE VIEW incidents AS
WITH directive_reports AS (
    SELECT
        coalesce(a.duplicate_of, d.article_id) AS report_id,
        d.article_id,
        a.source_id,
        d.seq,
        d.kind,
        d.sentence,
        d.actor,
        coalesce(lower(trim(d.actor)), '#' || coalesce(a.duplicate_of, d.article_id)) AS actor_key,
        coalesce(a.published_date, CAST(a.fetched_at AS DATE)) AS report_date
    FROM directives AS d
    JOIN articles AS a USING (article_id)
    WHERE a.is_relevant
),
reports AS (
    -- one row per independent report of a kind by an actor
    SELECT
        report_id,
        actor_key,
        kind,
        min(report_date) AS report_date,
        mode(actor) AS actor,
        -- the original's own wording first, then its first sentence of that kind
        arg_min(sentence, (article_id <> report_id, seq)) AS sentence,
        list(DISTINCT article_id) FILTER (WHERE article_id <> report_id) AS copy_ids,
        list(DISTINCT source_id) AS sources
    FROM directive_reports
    GROUP BY report_id, actor_key, kind
),
gaps AS (
    SELECT
        *,
        CASE
            WHEN date_diff('day', lag(report_date) OVER w, report_date) <= 3 THEN 0 ELSE 1
        END AS starts_incident
    FROM reports
    WINDOW w AS (PARTITION BY actor_key, kind ORDER BY report_date, report_id)
),
numbered AS (
    SELECT
        *,
        sum(starts_incident) OVER (
            PARTITION BY actor_key, kind ORDER BY report_date, report_id ROWS UNBOUNDED PRECEDING
        ) AS incident_no
    FROM gaps
)
SELECT
    -- stable while the incident's first report stays its first
    substr(md5(kind || '|' || actor_key || '|' || arg_min(report_id, (report_date, report_id))), 1, 16)
        AS incident_id,
    mode(actor) AS actor,
    kind,
    min(report_date) AS first_date,
    max(report_date) AS last_date,
    count(*) AS n_articles,
    list(report_id ORDER BY report_date, report_id) AS article_ids,
    list_sort(flatten(list(coalesce(copy_ids, [])))) AS copy_ids,
    list_sort(list_distinct(flatten(list(sources)))) AS sources,
    arg_min(sentence, (report_date, report_id)) AS sentence
FROM numbered
GROUP BY actor_key, kind, incident_no;
