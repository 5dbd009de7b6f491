-- Where an article's publication date came from, or why it has none: jsonld, meta,
-- visible (the date line at the headline), url, htmldate, listing (the day a sitemap, feed or
-- archive listing gave, when the page has no time of its own), or not_found (the page shows
-- no publication date; the article is kept, undated). Rows extracted before this
-- migration have NULL: not recorded (`pantau process --reprocess` fills it in).

ALTER TABLE stg_articles ADD COLUMN date_source VARCHAR;
