-- What civil servants were told in one ISO week: every directive in the week's stories,
-- by institution, with the sentence, who said it and the source article.
-- param week: ISO week such as 2023-W45 (default: the last full week in Jakarta)
SELECT
    published_date,
    institution,
    actor,
    kind,
    sentence,
    array_to_string(behaviours, '; ') AS behaviours,
    province,
    url
FROM trends_directives
WHERE week = coalesce($week, strftime(current_date - 7, '%G-W%V'))
ORDER BY institution NULLS LAST, published_date, url, seq;
