"""Processing: a failing page or text fails alone, is kept with its error, and is retried after a fix."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawlers.items import StoredArticle, StoredPage
from crawlers.rawstore import RawStore, raw_store_path
from crawlers.sources import Source
from pipeline import process as processing
from pipeline import work
from tests.support import sitegen
from warehouse.db import connect
from warehouse.migrate import migrate

STORIES = sitegen.STORIES["kabar_pusat"][:2] + sitegen.STORIES["harian_selatan"][:1]


@pytest.fixture
def warehouse(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    with RawStore(raw_store_path(db)) as store:
        for story in STORIES:
            url = "http://127.0.0.1:9" + story.path
            html = sitegen._article_html(story, "Contoh", "og").replace("{{base_url}}", "http://127.0.0.1:9")
            page = StoredPage(1, url, 200, {}, "utf-8", datetime.now(UTC).isoformat(), html.encode())
            store.add(StoredArticle("contoh", url, url, None, "feed", "http://127.0.0.1:9/rss", [page]))
    con = connect(db)
    migrate(con)
    yield db, con
    con.close()


def _outcomes(con) -> dict[str, tuple[str, str | None]]:
    return {url: (o, e) for url, o, e in con.execute(
        "SELECT f.url, p.outcome, p.error FROM processed_fetches p JOIN raw_fetches f USING (fetch_id)").fetchall()}


def test_an_article_whose_analysis_fails_is_loaded_marked_failed_and_retried(warehouse, monkeypatch):
    db, con = warehouse
    import pipeline.nlp as nlp

    real = nlp.analyse
    poisoned = STORIES[1].title

    def flaky(articles, **kw):
        articles = list(articles)
        if any(a.title == poisoned for a in articles):
            raise RuntimeError("rule blew up")
        return real(articles, **kw)

    monkeypatch.setattr(nlp, "analyse", flaky)
    first = processing.process(con, db, [], load_id="l1")
    assert (first.articles, first.failed) == (3, 1)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM stg_analysis").fetchone()[0] == 2
    failed = [(o, e) for o, e in _outcomes(con).values() if o == "failed"]
    assert failed == [("failed", "analysis: RuntimeError: rule blew up")]

    monkeypatch.setattr(nlp, "analyse", real)
    assert processing.process(con, db, [], load_id="l2").todo == 0  # a plain run leaves failures alone
    retry = processing.process(con, db, [], load_id="l3", retry_failed=True)
    assert (retry.todo, retry.failed) == (1, 0)
    assert con.execute("SELECT count(*) FROM stg_analysis").fetchone()[0] == 3
    assert {o for o, _ in _outcomes(con).values()} == {"article"}


def test_a_page_that_fails_extraction_keeps_its_raw_copy_and_error(warehouse, monkeypatch):
    db, con = warehouse
    real = work.extract_article
    poisoned = STORIES[0].path

    def broken(pages, **kw):
        if kw["url"].endswith(poisoned):
            raise ValueError("unexpected markup")
        return real(pages, **kw)

    monkeypatch.setattr(work, "extract_article", broken)
    result = processing.process(con, db, [], load_id="l1")
    assert (result.articles, result.failed) == (2, 1)
    assert result.failures == [("http://127.0.0.1:9" + poisoned, "ValueError: unexpected markup")]
    with RawStore(raw_store_path(db), read_only=True) as store:
        assert store.count() == 3

    monkeypatch.setattr(work, "extract_article", real)
    retry = processing.process(con, db, [], load_id="l2", retry_failed=True)
    assert (retry.todo, retry.articles) == (1, 1)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_reprocessing_replaces_rows_instead_of_adding_them(warehouse):
    db, con = warehouse
    processing.process(con, db, [], load_id="l1")
    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "official_mentions", "agency_mentions", "directives", "event_dates")]
    processing.process(con, db, [], load_id="l2", reprocess=True)
    again = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("articles", "official_mentions", "agency_mentions", "directives", "event_dates")]
    assert again == counts


def test_each_analysis_names_its_rules_and_stale_ones_are_made_again(warehouse, monkeypatch):
    db, con = warehouse
    from pipeline.nlp import provenance

    first = processing.process(con, db, [], load_id="l1")
    current, rules = provenance.rules()
    assert con.execute("SELECT DISTINCT rules_version FROM articles").fetchall() == [(current,)]
    stored = json.loads(con.execute("SELECT rules FROM analysis_rules WHERE rules_version = ?",
                                    [current]).fetchone()[0])
    assert stored["patterns"]["directives"] == rules["patterns"]["directives"]
    assert processing.process(con, db, [], load_id="l2", stale=True).todo == 0  # today's rules: nothing stale

    older = STORIES[0].title
    con.execute("UPDATE stg_analysis SET rules_version = 'older' WHERE article_id IN "
                "(SELECT article_id FROM stg_articles WHERE title = ?)", [older])
    assert processing.process(con, db, [], load_id="l3").todo == 0  # a plain run leaves them alone
    again = processing.process(con, db, [], load_id="l4", stale=True)
    assert (again.todo, again.articles) == (1, 1)
    assert con.execute("SELECT count(*), count(DISTINCT rules_version) FROM articles").fetchone() == (first.articles, 1)


def test_a_fetch_keeps_the_province_its_source_had_at_crawl_time(tmp_path: Path, monkeypatch):
    db = tmp_path / "w.duckdb"
    story = sitegen.STORIES["harian_selatan"][0]
    url = "http://127.0.0.1:9" + story.path
    html = sitegen._article_html(story, "Contoh", "visible").replace("{{base_url}}", "http://127.0.0.1:9")
    page = StoredPage(1, url, 200, {}, "utf-8", datetime.now(UTC).isoformat(), html.encode())
    entry = {"id": "contoh", "name": "Contoh", "province": "Sulawesi Selatan", "base_url": "http://127.0.0.1:9"}
    with RawStore(raw_store_path(db)) as store:
        store.add(StoredArticle("contoh", url, url, None, "feed", "http://127.0.0.1:9/rss", [page], source=entry))
    con = connect(db)
    migrate(con)
    seen: list[str | None] = []
    real = work.extract_article

    def spy(pages, **kw):
        seen.append(kw["source_province"])
        return real(pages, **kw)

    monkeypatch.setattr(work, "extract_article", spy)
    moved = Source(id="contoh", name="Contoh", province="Papua", base_url="http://127.0.0.1:9", feeds=["/rss"])
    processing.process(con, db, [moved], load_id="l1")  # a later sources file says otherwise: the fetch wins
    con.close()
    assert seen == ["Sulawesi Selatan"]


def test_fetches_from_an_unknown_source_without_a_stored_entry_are_reported(warehouse, caplog):
    db, con = warehouse
    with caplog.at_level("WARNING", logger="pantau.process"):
        result = processing.process(con, db, [], load_id="l1")
    assert result.articles == 3
    assert any("3 fetches of source 'contoh'" in r.getMessage() and "not in the sources file" in r.getMessage()
               for r in caplog.records)


def test_an_undated_page_takes_the_day_its_listing_gave_and_says_so(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    html = ("<html><head><title>Bupati ingatkan ASN jaga netralitas</title></head><body><article>"
            "<h1>Bupati ingatkan ASN jaga netralitas</h1>"
            + "".join(f"<p>Kalimat ke-{i} tentang netralitas aparatur sipil negara menjelang pemungutan suara di "
                      "kabupaten ini, disampaikan dalam apel pagi di halaman kantor bupati.</p>" for i in range(6))
            + "</article></body></html>")
    url = "http://127.0.0.1:9/berita/bupati-ingatkan-asn"
    with RawStore(raw_store_path(db)) as store:
        page = StoredPage(1, url, 200, {}, "utf-8", datetime.now(UTC).isoformat(), html.encode())
        store.add(StoredArticle("contoh", url, url, None, "archive", "http://127.0.0.1:9/indeks", [page],
                                listed_date="2024-02-12"))
    con = connect(db)
    migrate(con)
    processing.process(con, db, [], load_id="l1")
    assert con.execute("SELECT published_date::VARCHAR, date_source FROM articles").fetchall() == [
        ("2024-02-12", "listing")]
