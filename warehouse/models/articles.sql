-- Public: one row per article (all its pages joined), with its analysis and syndication link.
-- published_date is NULL for an undated article; date_source says where the date came
-- from or, as not_found, that the page shows none (NULL: extracted before it was recorded).
-- rules_version is the fingerprint of the rules that analysed it (table analysis_rules says
-- what it stands for; NULL: analysed before it was recorded).
CREATE OR REPLACE VIEW articles AS
SELECT
    a.article_id,
    a.url,
    a.canonical_url,
    a.source_id,
    a.title,
    a.published_date,
    a.published_at,
    a.date_source,
    a.author,
    a.text,
    a.word_count,
    n.is_relevant,
    n.province,
    n.election,
    n.rules_version,
    d.duplicate_of,
    a.fetched_at,
    a.extracted_at
FROM stg_articles AS a
LEFT JOIN stg_analysis AS n USING (article_id)
LEFT JOIN stg_duplicates AS d USING (article_id);
