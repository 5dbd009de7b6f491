-- What one official told civil servants: every directive whose actor is that official,
-- newest first, with the institution, the sentence and the source article.
-- param name (required): the official's name or part of it, any case, e.g. 'Bagja'
SELECT
    published_date,
    week,
    actor,
    institution,
    kind,
    sentence,
    province,
    url
FROM trends_directives
WHERE actor ILIKE '%' || $name || '%'
ORDER BY published_date DESC, url, seq;
