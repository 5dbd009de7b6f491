"""Small warehouses for tests: migrate() a fresh DuckDB file, then bulk-load stg_* rows via Arrow.

Rows are given as plain dicts with only the columns a test cares about; the rest get
neutral defaults, so a fixture reads like the story it tells.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from warehouse.db import connect
from warehouse.migrate import migrate

_NOW = datetime(2024, 12, 1, tzinfo=UTC)


@dataclass
class Story:
    """One article with its analysis: the unit fixtures are written in."""

    article_id: str
    published: date | None
    title: str = "Berita netralitas ASN"
    source_id: str = "kabar_nasional"
    province: str | None = None
    relevant: bool = True
    election: str | None = "pemilu-2024"
    duplicate_of: str | None = None
    officials: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # name, role, agency
    agencies: list[tuple[str, str | None]] = field(default_factory=list)  # canonical, acronym
    directives: list[dict[str, Any]] = field(default_factory=list)  # kind, sentence, actor, behaviours...

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:8001/{self.source_id}/{self.article_id}"


def _insert(con: Any, table: str, rows: list[dict[str, Any]]) -> None:
    """One bulk insert; Arrow infers the types and DuckDB casts them to the table's."""
    if not rows:
        return
    con.register("_rows", pa.Table.from_pylist(rows))
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
    con.unregister("_rows")


def build(path: Path, stories: list[Story]) -> Path:
    """A migrated warehouse at `path` holding exactly these stories."""
    con = connect(path)
    try:
        migrate(con)
        articles, analysis, officials, agencies, directives, duplicates = [], [], [], [], [], []
        for s in stories:
            articles.append({
                "article_id": s.article_id, "url": s.url, "source_id": s.source_id, "title": s.title,
                "published_date": s.published, "text": s.title, "word_count": 3, "extracted_at": _NOW,
                "load_id": "test",
            })
            analysis.append({"article_id": s.article_id, "is_relevant": s.relevant, "province": s.province,
                             "election": s.election, "analysed_at": _NOW, "load_id": "test"})
            officials += [{"article_id": s.article_id, "name": n, "role": r, "agency": a} for n, r, a in s.officials]
            agencies += [{"article_id": s.article_id, "agency": a, "acronym": c, "surface": c or a}
                         for a, c in s.agencies]
            directives += [
                {"article_id": s.article_id, "seq": i, "kind": d["kind"], "sentence": d["sentence"],
                 "actor": d.get("actor"), "target": d.get("target", "ASN"), "behaviours": d.get("behaviours", []),
                 "legal_bases": d.get("legal_bases", [])}
                for i, d in enumerate(s.directives)
            ]
            if s.duplicate_of:
                duplicates.append({"article_id": s.article_id, "duplicate_of": s.duplicate_of, "similarity": 0.97})
        for table, rows in (("stg_articles", articles), ("stg_analysis", analysis),
                            ("stg_official_mentions", officials), ("stg_agency_mentions", agencies),
                            ("stg_directives", directives), ("stg_duplicates", duplicates)):
            _insert(con, table, rows)
    finally:
        con.close()
    return path
