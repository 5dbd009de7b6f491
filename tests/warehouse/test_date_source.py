"""Where each article's publication date came from, kept through loading and migration."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from pipeline.records import Analysis, Article
from warehouse.db import connect
from warehouse.load import Batch, write_batch
from warehouse.migrate import MIGRATIONS, migrate


def article(article_id: str, published: datetime | None, source: str) -> Article:
    return Article(article_id=article_id, url=f"https://contoh.example/{article_id}", source_id="contoh",
                   title="Judul", published_at=published,
                   published_date=published.astimezone(timezone(timedelta(hours=7))).date() if published else None,
                   author=None, text="Teks berita.", date_source=source)


def test_the_loader_keeps_the_date_source_and_an_undated_article(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    try:
        migrate(con)
        est = timezone(timedelta(hours=-5))
        batch = Batch("load-1", articles=[article("dated", datetime(2024, 3, 4, 22, 30, tzinfo=est), "jsonld"),
                                          article("undated", None, "not_found")],
                      analyses=[Analysis("dated", True, None, None), Analysis("undated", True, None, None)])
        write_batch(con, batch)
        got = dict((a, (d, s)) for a, d, s in con.execute(
            "SELECT article_id, published_date, date_source FROM articles").fetchall())
    finally:
        con.close()
    assert got == {"dated": (date(2024, 3, 5), "jsonld"), "undated": (None, "not_found")}


def test_migration_0004_adds_the_column_to_a_warehouse_written_before_it(tmp_path: Path) -> None:
    con = connect(tmp_path / "old.duckdb")
    try:
        con.execute("CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())")
        for path in sorted(MIGRATIONS.glob("000[123]_*.sql")):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [path.stem])
        con.execute("INSERT INTO stg_articles (article_id, url, source_id, published_date, extracted_at, load_id) "
                    "VALUES ('old', 'https://contoh.example/old', 'contoh', DATE '2024-03-04', now(), 'l0')")
        assert migrate(con)[0] == "0004_article_date_source"
        row = con.execute("SELECT published_date, date_source FROM articles").fetchone()
    finally:
        con.close()
    assert row == (date(2024, 3, 4), None)  # not recorded before 0004
