-- Public: who is named, which institutions, which event dates, per article.
CREATE OR REPLACE VIEW official_mentions AS
SELECT article_id, name, role, agency FROM stg_official_mentions;

CREATE OR REPLACE VIEW agency_mentions AS
SELECT article_id, agency, acronym, surface FROM stg_agency_mentions;

CREATE OR REPLACE VIEW event_dates AS
SELECT article_id, event_date FROM stg_event_dates;
