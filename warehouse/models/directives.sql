-- Public: instructions addressed to civil servants, one row per sentence and kind,
-- and the same rows unnested by behaviour and by legal basis.
CREATE OR REPLACE VIEW directives AS
SELECT article_id, seq, kind, sentence, actor, target, behaviours, legal_bases
FROM stg_directives;

CREATE OR REPLACE VIEW directive_behaviours AS
SELECT article_id, seq, kind, actor, target, unnest(behaviours) AS behaviour
FROM stg_directives
WHERE len(behaviours) > 0;

CREATE OR REPLACE VIEW directive_legal_bases AS
SELECT article_id, seq, kind, actor, unnest(legal_bases) AS legal_basis
FROM stg_directives
WHERE len(legal_bases) > 0;
