"""`pantau backfill` end to end: a generated archive in, past weeks, their stages and their digest out."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pytest

from benchmarks import archive_site
from tests.e2e.test_run import FAST, pantau

WEEK = "2024-W07"  # 12-18 February 2024: the quiet period, then the vote on the 14th
FIRST = (date(2024, 2, 12), date(2024, 2, 12))
SECOND = (date(2024, 2, 13), date(2024, 2, 18))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    outlets = archive_site.build(root / "site", per_day=2, share=0.05, start=date(2024, 1, 1), end=date(2024, 3, 31))
    sources, servers = archive_site.serve(root, outlets)
    yield {"outlets": outlets, "sources": sources}
    for server in servers:
        server.stop()


def _backfill(archive, db: Path, window: tuple[date, date], work: Path):
    return pantau("backfill", "--since", window[0].isoformat(), "--until", window[1].isoformat(),
                  "--sources", str(archive["sources"]), "--db", str(db), *FAST, cwd=work)


def _digest(db: Path, out: Path, work: Path) -> list[dict[str, str]]:
    result = pantau("digest", "--week", WEEK, "--db", str(db), "--out", str(out), cwd=work)
    assert result.returncode == 0, result.stderr[-2000:]
    with open(out / "articles.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="module")
def backfilled(archive, tmp_path_factory):
    """One day of the week backfilled and digested, then the rest of the week: the late history arrives."""
    work = tmp_path_factory.mktemp("e2e-backfill")
    db = work / "out.duckdb"
    first = _backfill(archive, db, FIRST, work)
    assert first.returncode == 0, first.stderr[-3000:]
    digest_before = _digest(db, work / "digest-before", work)
    week_before = rows(db, "SELECT articles FROM trends_weeks WHERE week = ?", [WEEK])
    second = _backfill(archive, db, SECOND, work)
    assert second.returncode == 0, second.stderr[-3000:]
    digest_after = _digest(db, work / "digest-after", work)
    week_after = rows(db, "SELECT articles FROM trends_weeks WHERE week = ?", [WEEK])
    return {"db": db, "first": first, "second": second, "digest_before": digest_before,
            "digest_after": digest_after, "week_before": week_before, "week_after": week_after}


def _planted(archive, since: date, until: date) -> list[tuple[str, archive_site.ArchivedStory]]:
    return [(o.id, s) for o in archive["outlets"] for s in o.stories if s.planted and since <= s.day <= until]


def _by_path(db: Path) -> dict[tuple[str, str], tuple]:
    found = rows(db, "SELECT source_id, url, published_date, published_at, is_relevant,"
                     " strftime(published_date, '%G-W%V') FROM articles")
    return {(sid, urlsplit(url).path): (day, at, relevant, week) for sid, url, day, at, relevant, week in found}


def test_backfilled_stories_land_on_their_own_days_and_weeks(backfilled, archive):
    articles = _by_path(backfilled["db"])
    for outlet_id, story in _planted(archive, FIRST[0], SECOND[1]):
        day, _, _, week = articles[(outlet_id, story.path)]
        assert day == story.day and week == WEEK, (outlet_id, story.path)


def test_a_page_without_a_date_takes_the_day_of_its_archive_page(backfilled, archive):
    undated = [s for o in archive["outlets"] for s in o.stories if s.undated and SECOND[0] <= s.day <= SECOND[1]]
    assert undated
    articles = _by_path(backfilled["db"])
    for story in undated:
        day, published_at, _, week = articles[("warta_indeks", story.path)]
        assert (day, published_at, week) == (story.day, None, WEEK)


def test_relevant_backfilled_stories_count_in_the_stage_of_their_day(backfilled, archive):
    counted = dict(((sid, urlsplit(url).path), stage) for sid, url, stage in rows(
        backfilled["db"], "SELECT source_id, url, stage FROM trends_articles WHERE week = ?", [WEEK]))
    articles = _by_path(backfilled["db"])
    stage_of = {date(2024, 2, 12): "quiet_period", date(2024, 2, 13): "quiet_period", date(2024, 2, 14): "voting_day"}
    relevant = [(o, s) for o, s in _planted(archive, FIRST[0], SECOND[1]) if articles[(o, s.path)][2]]
    assert relevant
    for outlet_id, story in relevant:
        assert counted[(outlet_id, story.path)] == stage_of.get(story.day), (outlet_id, story.path)
    (stage,) = rows(backfilled["db"], "SELECT stage FROM trends_weeks WHERE week = ?", [WEEK])[0]
    assert stage == "voting_day"


def test_the_past_week_and_its_digest_grow_when_its_late_history_arrives(backfilled, archive):
    assert backfilled["week_after"][0][0] > backfilled["week_before"][0][0]
    before = {r["url"] for r in backfilled["digest_before"]}
    after = {r["url"] for r in backfilled["digest_after"]}
    assert before < after
    assert all(r["week"] == WEEK for r in backfilled["digest_after"])
    dated_late = {(o, s.path) for o, s in _planted(archive, *SECOND) if o in ("kabar_arsip", "warta_indeks")}
    assert dated_late & {(r["source_id"], urlsplit(r["url"]).path) for r in backfilled["digest_after"]}


def test_the_backfill_reports_by_source_and_by_month_without_tracebacks(backfilled):
    for result in (backfilled["first"], backfilled["second"]):
        assert "month 2024-02: pages" in result.stderr
        assert "source warta_indeks: pages" in result.stderr and "filtered" in result.stderr
        assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("args, says", [
    (["backfill"], "--since"),
    (["backfill", "--since", "2024-03-01", "--until", "2024-02-01"], "is after --until"),
    (["backfill", "--since", "kemarin"], "YYYY-MM-DD"),
])
def test_bad_backfill_input_is_one_line_and_exit_status_2(tmp_path: Path, args: list[str], says: str):
    result = pantau(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr


def test_an_unknown_source_is_refused_before_anything_is_fetched(archive, tmp_path: Path):
    result = pantau("backfill", "--since", "2024-02-01", "--only", "nope", "--sources", str(archive["sources"]),
                    "--db", str(tmp_path / "x.duckdb"), cwd=tmp_path)
    assert result.returncode == 2 and "unknown source id" in result.stderr
    assert not (tmp_path / "x.duckdb").exists()
