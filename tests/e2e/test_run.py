"""`pantau run` end to end, as a user runs it: loopback outlets in, DuckDB views out."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.support import sitegen

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


def pantau(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PANTAU_HOME": str(cwd / "home")}
    return subprocess.run([sys.executable, "-m", "pantau", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def warehouse(news_site, tmp_path_factory):
    work = tmp_path_factory.mktemp("e2e")
    db = work / "out.duckdb"
    first = pantau("run", "--sources", str(news_site["sources"]), "--db", str(db), *FAST, cwd=work)
    assert first.returncode == 0, first.stderr[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        before = {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0]
                  for v in ("articles", "official_mentions", "agency_mentions", "event_dates", "directives")}
    second = pantau("run", "--sources", str(news_site["sources"]), "--db", str(db), *FAST, cwd=work)
    assert second.returncode == 0, second.stderr[-3000:]
    return {"db": db, "before": before, "first": first, "second": second, "work": work}


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_every_story_becomes_exactly_one_article_row(warehouse, news_site):
    got = rows(warehouse["db"], "SELECT source_id, url FROM articles")
    expected = {(o, p) for o, paths in news_site["expected"].items() for p in paths}
    assert len(got) == len(expected)
    assert {(s, "/" + u.split("/", 3)[3]) for s, u in got} == expected


def test_titles_dates_and_clean_text_come_from_the_pages(warehouse):
    found = rows(warehouse["db"], "SELECT title, published_date, text FROM articles")
    by_title = {t: (d, text) for t, d, text in found}
    for stories in sitegen.STORIES.values():
        for story in stories:
            date, text = by_title[story.title]
            assert str(date) == story.published.date().isoformat(), story.title
            assert story.paragraphs[0][:60] in text
            assert "Baca juga" not in text and "Bagikan ke Facebook" not in text and "Hak cipta" not in text


def test_a_two_page_article_has_the_text_of_both_pages(warehouse):
    story = sitegen.STORIES["suara_barat"][0]
    (text,) = rows(warehouse["db"], f"SELECT text FROM articles WHERE title = '{story.title}'")[0]
    assert story.page2[0][:50] in text


def test_a_windows_1252_page_reads_correctly(warehouse):
    texts = " ".join(t for (t,) in rows(warehouse["db"], "SELECT text FROM articles WHERE source_id = 'warta_timur'"))
    assert "Ku\u00e9 lapis" in texts


def test_the_contract_views_have_their_columns(warehouse):
    with duckdb.connect(str(warehouse["db"]), read_only=True) as con:
        def columns(view: str) -> set[str]:
            return {c[0] for c in con.execute(f"DESCRIBE {view}").fetchall()}
        assert {"article_id", "url", "source_id", "title", "published_date", "text", "is_relevant", "province",
                "election", "duplicate_of"} <= columns("articles")
        assert {"article_id", "name", "role", "agency"} <= columns("official_mentions")
        assert {"article_id", "agency", "acronym"} <= columns("agency_mentions")
        assert {"article_id", "event_date"} <= columns("event_dates")
        assert {"article_id", "kind", "sentence", "actor"} <= columns("directives")


def test_neutrality_stories_are_relevant_and_others_are_not(warehouse):
    relevance = dict(rows(warehouse["db"], "SELECT title, is_relevant FROM articles"))
    assert relevance["Harga Beras Naik Jelang Ramadan"] is False
    assert relevance["MenPANRB Tegaskan ASN Dilarang Ikut Kampanye Peserta Pemilu"] is True


def test_a_rerun_adds_nothing(warehouse, news_site):
    stories = sum(len(paths) for paths in news_site["expected"].values())
    with duckdb.connect(str(warehouse["db"]), read_only=True) as con:
        after = {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in warehouse["before"]}
        assert after == warehouse["before"]
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (stories, stories)
        assert con.execute("SELECT count(*) FROM load_runs WHERE finished_at IS NOT NULL").fetchone()[0] == 2


def test_the_run_logs_each_sources_final_counts(warehouse, news_site):
    for outlet, paths in news_site["expected"].items():
        first = re.search(rf"source {outlet}: discovered (\d+), known 0, old 0, fetched \d+, new (\d+), failed 0",
                          warehouse["first"].stderr)
        assert first and int(first.group(2)) == len(paths) <= int(first.group(1)), outlet
        second = re.search(rf"source {outlet}: discovered (\d+), known (\d+), old 0, fetched 0, new 0, failed 0",
                           warehouse["second"].stderr)
        assert second and second.group(1) == second.group(2), outlet  # everything found again was known


def test_the_run_announces_the_new_warehouse_once_with_its_absolute_path(warehouse):
    assert f"new warehouse at {warehouse['db'].resolve()}" in warehouse["first"].stderr
    assert "new warehouse" not in warehouse["second"].stderr


def test_a_normal_run_prints_no_traceback_and_keeps_details_in_the_debug_log(warehouse):
    assert "Traceback" not in warehouse["first"].stderr + warehouse["first"].stdout
    assert warehouse["db"].with_suffix(".log").exists()


def test_reprocess_rebuilds_from_the_raw_store_without_crawling(warehouse, news_site):
    for server in news_site["servers"].values():
        server.requests.clear()
    result = pantau("process", "--reprocess", "--sources", str(news_site["sources"]), "--db", str(warehouse["db"]),
                    cwd=warehouse["work"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert not any(s.requests for s in news_site["servers"].values())
    assert rows(warehouse["db"], "SELECT count(*) FROM articles")[0][0] == warehouse["before"]["articles"]
