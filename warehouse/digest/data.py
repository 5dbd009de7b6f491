"""What a weekly digest says, read from the trends_* views into plain records.

The views are read once, for the TREND_WEEKS the digest shows, into temporary
tables (a read-only connection may hold those); every section is then computed
from them, so the cost grows with those weeks' stories, not with the warehouse.
The aggregates follow the trends_weekly_* views (tests check they agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from warehouse.digest.weeks import Week

TREND_WEEKS = 8
BASELINE_WEEKS = 4
TOP_INSTITUTIONS = 12
SENTENCES_PER_INSTITUTION = 6
TOP_ROWS = 10
LINKS_PER_ROW = 5
LISTED_ARTICLES = 100
KIND_ORDER = ("prohibition", "obligation", "sanction", "appeal", "permission")
METRICS = ("articles", "directives", "sanctions", "agencies", "officials", "provinces", "national")
"""Headline figures; "provinces" and "national" together are the rows of the provinces section."""


@dataclass(frozen=True)
class Link:
    """A source article: what every claim in the digest points to."""

    url: str
    title: str | None
    source_id: str
    published_date: date


@dataclass(frozen=True)
class Figure:
    metric: str
    value: int
    baseline: float  # mean over the BASELINE_WEEKS before the week

    @property
    def change(self) -> float | None:
        """Relative change against the baseline; None when the baseline is zero."""
        return None if self.baseline == 0 else (self.value - self.baseline) / self.baseline


@dataclass(frozen=True)
class TrendPoint:
    week: Week
    articles: int
    directives: int


@dataclass(frozen=True)
class Statement:
    kind: str
    sentence: str
    actor: str | None
    institution: str | None
    source: Link
    copies: int  # other counted articles carrying the same sentence this week


@dataclass(frozen=True)
class InstitutionGroup:
    institution: str | None
    directives: int
    distinct: int  # distinct sentences
    statements: list[Statement]

    @property
    def more(self) -> int:
        """Distinct sentences beyond those listed (they are in directives.csv)."""
        return self.distinct - len(self.statements)


@dataclass(frozen=True)
class Row:
    """One ranked line (agency, official, province, behaviour) with its source articles."""

    key: str | None
    articles: int
    directives: int
    links: tuple[Link, ...]
    detail: str | None = None  # acronym, or an official's role
    extra: str | None = None  # an official's agency
    baseline: float | None = None  # provinces: mean articles over the previous weeks


@dataclass
class Digest:
    week: Week
    stage: str | None  # election_stages label in the digest's language
    figures: list[Figure]
    trend: list[TrendPoint]
    institutions: list[InstitutionGroup]
    institutions_more: tuple[int, int]  # (institutions, directives) beyond those listed
    agencies: list[Row]
    officials: list[Row]
    provinces: list[Row]
    behaviours: list[Row]
    sanctions: list[Statement]
    articles: list[Link]
    articles_total: int

    @property
    def empty(self) -> bool:
        return self.articles_total == 0


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def _link(value: dict[str, Any]) -> Link:
    return Link(value["url"], value["title"], value["source_id"], value["published_date"])


def _links(values: list[dict[str, Any]] | None) -> tuple[Link, ...]:
    return tuple(_link(v) for v in values or [])


# The earliest source articles first (a struct sorts by its fields in order).
_LINKS = ("list_sort(list(DISTINCT {'published_date': published_date, 'url': url, 'title': title,"
          " 'source_id': source_id}))")


_SCOPE = {
    "digest_articles": "SELECT * FROM trends_articles WHERE published_date BETWEEN $first AND $last",
    "digest_directives": "SELECT * FROM trends_directives WHERE published_date BETWEEN $first AND $last",
    "digest_agencies": """SELECT m.agency, m.acronym, a.article_id, a.week_start, a.url, a.title, a.source_id,
                                 a.published_date
                          FROM agency_mentions AS m JOIN digest_articles AS a USING (article_id)""",
    "digest_officials": """SELECT m.name, m.role, m.agency, a.article_id, a.week_start, a.url, a.title, a.source_id,
                                  a.published_date
                           FROM official_mentions AS m JOIN digest_articles AS a USING (article_id)""",
}


def scope(con: duckdb.DuckDBPyConnection, week: Week) -> None:
    """Copy the TREND_WEEKS ending with `week` into temporary digest_* tables, once."""
    params = {"first": week.shift(-(TREND_WEEKS - 1)).start, "last": week.end}
    for name, sql in _SCOPE.items():
        uses = {key: value for key, value in params.items() if f"${key}" in sql}
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}", uses)


def _weekly_figures(con: duckdb.DuckDBPyConnection) -> dict[str, dict[date, int]]:
    sql = """
        SELECT 'articles' AS metric, week_start, count(*) AS value FROM digest_articles GROUP BY ALL
        UNION ALL SELECT 'provinces', week_start, count(DISTINCT province) FROM digest_articles GROUP BY ALL
        UNION ALL SELECT 'national', week_start, count(*) FILTER (province IS NULL) FROM digest_articles GROUP BY ALL
        UNION ALL SELECT 'directives', week_start, count(*) FROM digest_directives GROUP BY ALL
        UNION ALL SELECT 'sanctions', week_start, count(*) FROM digest_directives WHERE kind = 'sanction' GROUP BY ALL
        UNION ALL SELECT 'agencies', week_start, count(DISTINCT agency) FROM digest_agencies GROUP BY ALL
        UNION ALL SELECT 'officials', week_start, count(DISTINCT name) FROM digest_officials GROUP BY ALL
    """
    out: dict[str, dict[date, int]] = {m: {} for m in METRICS}
    for row in _rows(con, sql, {}):
        out[row["metric"]][row["week_start"]] = row["value"]
    return out


def _statements(rows: list[dict[str, Any]]) -> list[Statement]:
    return [
        Statement(r["kind"], r["sentence"], r["actor"], r["institution"], _link(r["source"]), r["copies"] - 1)
        for r in rows
    ]


def _institutions(con: duckdb.DuckDBPyConnection, week: Week) -> tuple[list[InstitutionGroup], tuple[int, int]]:
    kind_rank = " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(KIND_ORDER))
    sql = f"""
        WITH w AS (SELECT * FROM digest_directives WHERE week_start = $start),
        sentences AS (
            SELECT institution, kind, sentence, min(actor) AS actor, count(*) AS copies,
                   min_by({{'url': url, 'title': title, 'source_id': source_id, 'published_date': published_date}},
                          (published_date, article_id)) AS source,
                   min(published_date) AS first_date
            FROM w GROUP BY institution, kind, sentence
        ),
        groups AS (
            SELECT institution, count(*) AS distinct_sentences, sum(copies) AS directives,
                   row_number() OVER (ORDER BY sum(copies) DESC, institution IS NULL, institution) AS rank
            FROM sentences GROUP BY institution
        ),
        ranked AS (
            SELECT s.*, row_number() OVER (
                PARTITION BY s.institution
                ORDER BY CASE s.kind {kind_rank} ELSE 9 END, s.copies DESC, s.first_date, s.sentence
            ) AS n
            FROM sentences AS s
        )
        SELECT g.rank, g.institution, g.distinct_sentences, g.directives,
               list(r ORDER BY r.n) FILTER (WHERE r.n <= {SENTENCES_PER_INSTITUTION}) AS statements
        FROM groups AS g JOIN ranked AS r ON r.institution IS NOT DISTINCT FROM g.institution
        GROUP BY ALL ORDER BY g.rank
    """
    rows = _rows(con, sql, {"start": week.start})
    groups = [
        InstitutionGroup(r["institution"], r["directives"], r["distinct_sentences"], _statements(r["statements"]))
        for r in rows if r["rank"] <= TOP_INSTITUTIONS
    ]
    rest = [r for r in rows if r["rank"] > TOP_INSTITUTIONS]
    return groups, (len(rest), sum(r["directives"] for r in rest))


def _agencies(con: duckdb.DuckDBPyConnection, week: Week) -> list[Row]:
    """Institutions named in the most stories (as trends_weekly_agencies), with those stories."""
    sql = f"""
        WITH named AS (
            SELECT agency, min(acronym) AS acronym, count(DISTINCT article_id) AS articles,
                   {_LINKS}[1:{LINKS_PER_ROW}] AS links
            FROM digest_agencies WHERE week_start = $start GROUP BY agency
        ),
        issued AS (
            SELECT institution AS agency, count(*) AS directives FROM digest_directives
            WHERE week_start = $start AND institution IS NOT NULL GROUP BY ALL
        )
        SELECT named.*, coalesce(issued.directives, 0) AS directives
        FROM named LEFT JOIN issued USING (agency)
        ORDER BY articles DESC, directives DESC, agency LIMIT {TOP_ROWS}
    """
    return [Row(r["agency"], r["articles"], r["directives"], _links(r["links"]), r["acronym"])
            for r in _rows(con, sql, {"start": week.start})]


def _officials(con: duckdb.DuckDBPyConnection, week: Week) -> list[Row]:
    """Officials with the most directives, then stories (as trends_weekly_officials)."""
    sql = f"""
        WITH named AS (
            SELECT name, mode(role) AS role, mode(agency) AS agency, count(DISTINCT article_id) AS articles,
                   {_LINKS}[1:{LINKS_PER_ROW}] AS links
            FROM digest_officials WHERE week_start = $start GROUP BY name
        ),
        said AS (
            SELECT actor AS name, count(*) AS directives FROM digest_directives
            WHERE week_start = $start AND actor IS NOT NULL GROUP BY ALL
        )
        SELECT named.*, coalesce(said.directives, 0) AS directives
        FROM named LEFT JOIN said USING (name)
        ORDER BY directives DESC, articles DESC, name LIMIT {TOP_ROWS}
    """
    return [Row(r["name"], r["articles"], r["directives"], _links(r["links"]), r["role"], r["agency"])
            for r in _rows(con, sql, {"start": week.start})]


def _provinces(con: duckdb.DuckDBPyConnection, week: Week) -> list[Row]:
    """Every province with stories this week (as trends_weekly_provinces), against its 4-week mean."""
    sql = f"""
        WITH this AS (
            SELECT province, count(*) AS articles, {_LINKS}[1:{LINKS_PER_ROW}] AS links
            FROM digest_articles WHERE week_start = $start GROUP BY province
        ),
        said AS (
            SELECT province, count(*) AS directives FROM digest_directives WHERE week_start = $start GROUP BY ALL
        ),
        before AS (
            SELECT province, count(*) / {BASELINE_WEEKS} AS baseline FROM digest_articles
            WHERE week_start BETWEEN $first AND $last GROUP BY province
        )
        SELECT this.*, coalesce(said.directives, 0) AS directives, coalesce(before.baseline, 0) AS baseline
        FROM this
        LEFT JOIN said ON said.province IS NOT DISTINCT FROM this.province
        LEFT JOIN before ON before.province IS NOT DISTINCT FROM this.province
        ORDER BY this.province IS NULL, articles DESC, directives DESC, this.province
    """
    params = {"start": week.start, "first": week.shift(-BASELINE_WEEKS).start, "last": week.shift(-1).start}
    return [Row(r["province"], r["articles"], r["directives"], _links(r["links"]), baseline=r["baseline"])
            for r in _rows(con, sql, params)]


def _behaviours(con: duckdb.DuckDBPyConnection, week: Week) -> list[Row]:
    sql = f"""
        WITH b AS (
            SELECT article_id, url, title, source_id, published_date, unnest(behaviours) AS behaviour
            FROM digest_directives WHERE week_start = $start AND kind = 'prohibition' AND len(behaviours) > 0
        )
        SELECT behaviour, count(*) AS directives, count(DISTINCT article_id) AS articles,
               {_LINKS}[1:{LINKS_PER_ROW}] AS links
        FROM b GROUP BY behaviour ORDER BY directives DESC, behaviour LIMIT {TOP_ROWS}
    """
    return [Row(r["behaviour"], r["articles"], r["directives"], _links(r["links"]))
            for r in _rows(con, sql, {"start": week.start})]


def _sanctions(con: duckdb.DuckDBPyConnection, week: Week) -> list[Statement]:
    sql = f"""
        SELECT kind, sentence, min(actor) AS actor, min(institution) AS institution, count(*) AS copies,
               min_by({{'url': url, 'title': title, 'source_id': source_id, 'published_date': published_date}},
                      (published_date, article_id)) AS source
        FROM digest_directives WHERE week_start = $start AND kind = 'sanction'
        GROUP BY kind, sentence ORDER BY copies DESC, min(published_date), sentence LIMIT {TOP_ROWS}
    """
    return _statements(_rows(con, sql, {"start": week.start}))


def _articles(con: duckdb.DuckDBPyConnection, week: Week) -> tuple[list[Link], int]:
    sql = f"""
        WITH w AS (SELECT * FROM digest_articles WHERE week_start = $start),
        n AS (SELECT article_id, count(*) AS directives FROM digest_directives WHERE week_start = $start GROUP BY ALL)
        SELECT url, title, source_id, published_date, count(*) OVER () AS total
        FROM w LEFT JOIN n USING (article_id)
        ORDER BY coalesce(n.directives, 0) DESC, published_date, url LIMIT {LISTED_ARTICLES}
    """
    rows = _rows(con, sql, {"start": week.start})
    return [_link(r) for r in rows], (rows[0]["total"] if rows else 0)


def _stage(con: duckdb.DuckDBPyConnection, week: Week, lang: str) -> str | None:
    column = "label_en" if lang == "en" else "label_id"
    row = con.execute(
        f"SELECT s.{column} FROM trends_stage_weeks AS w JOIN election_stages AS s "
        "ON s.election = w.stage_election AND s.stage = w.stage WHERE w.week_start = $start",
        {"start": week.start},
    ).fetchone()
    return row[0] if row else None


def collect(con: duckdb.DuckDBPyConnection, week: Week, lang: str = "id") -> Digest:
    """Everything the digest of `week` shows, from a connection to a migrated warehouse."""
    scope(con, week)
    weekly = _weekly_figures(con)
    baseline_weeks = [week.shift(-i).start for i in range(1, BASELINE_WEEKS + 1)]
    figures = [
        Figure(m, weekly[m].get(week.start, 0), sum(weekly[m].get(s, 0) for s in baseline_weeks) / BASELINE_WEEKS)
        for m in METRICS
    ]
    trend = [
        TrendPoint(w, weekly["articles"].get(w.start, 0), weekly["directives"].get(w.start, 0))
        for w in (week.shift(-i) for i in range(TREND_WEEKS - 1, -1, -1))
    ]
    institutions, institutions_more = _institutions(con, week)
    articles, total = _articles(con, week)
    return Digest(
        week=week,
        stage=_stage(con, week, lang),
        figures=figures,
        trend=trend,
        institutions=institutions,
        institutions_more=institutions_more,
        agencies=_agencies(con, week),
        officials=_officials(con, week),
        provinces=_provinces(con, week),
        behaviours=_behaviours(con, week),
        sanctions=_sanctions(con, week),
        articles=articles,
        articles_total=total,
    )
