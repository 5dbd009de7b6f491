"""link_duplicates on a real (temporary) warehouse: runs compare new articles with all earlier ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

import warehouse.syndication
from warehouse.db import connect
from warehouse.migrate import migrate
from warehouse.syndication import link_duplicates

WIB = timezone(timedelta(hours=7))
T0 = datetime(2024, 9, 24, 10, 0, tzinfo=WIB)


@pytest.fixture
def con(db_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(db_path)
    migrate(con)
    yield con
    con.close()


def add_articles(con: duckdb.DuckDBPyConnection, *rows: tuple[str, str, float]) -> list[str]:
    """Store (article_id, text, hours after T0) as a processing batch would, via Arrow."""
    table = pa.Table.from_pylist([
        {
            "article_id": aid, "url": f"http://127.0.0.1/{aid}", "source_id": aid.split("/")[0],
            "published_at": T0 + timedelta(hours=h), "fetched_at": datetime.now(UTC), "text": text,
            "extracted_at": datetime.now(UTC), "load_id": "test",
        }
        for aid, text, h in rows
    ])
    con.register("_new", table)
    con.execute("DELETE FROM stg_articles WHERE article_id IN (SELECT article_id FROM _new)")
    con.execute("INSERT INTO stg_articles BY NAME SELECT * FROM _new")
    con.unregister("_new")
    return [aid for aid, _, _ in rows]


def duplicate_of(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT article_id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall())


def counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int]:
    return tuple(con.execute(  # type: ignore[return-value]
        "SELECT (SELECT count(*) FROM stg_duplicates), (SELECT count(*) FROM syn_signatures),"
        " (SELECT count(*) FROM syn_bands)"
    ).fetchone())


def test_a_copy_is_linked_to_its_original_and_a_same_event_article_is_not(con, texts) -> None:
    ids = add_articles(
        con,
        ("kabar/1", texts["original"], 0),
        ("lain/1", texts["same_press_conference"], 1),
        ("bima/1", texts["edited_copy"], 3),
    )
    assert link_duplicates(con, ids) == 1
    assert duplicate_of(con) == {"bima/1": "kabar/1"}
    similarity = con.execute("SELECT similarity FROM stg_duplicates").fetchone()[0]
    assert 0.5 <= similarity <= 1


def test_a_later_run_compares_its_new_articles_with_all_earlier_ones(con, texts) -> None:
    assert link_duplicates(con, add_articles(con, ("kabar/1", texts["original"], 0))) == 0
    assert link_duplicates(con, add_articles(con, ("bima/1", texts["edited_copy"], 3))) == 1
    assert link_duplicates(con, add_articles(con, ("dompu/1", texts["copy_of_copy"], 6))) == 1
    assert duplicate_of(con) == {"bima/1": "kabar/1", "dompu/1": "kabar/1"}


def test_running_again_adds_nothing(con, texts) -> None:
    ids = add_articles(con, ("kabar/1", texts["original"], 0), ("bima/1", texts["edited_copy"], 3))
    link_duplicates(con, ids)
    before = counts(con)
    assert link_duplicates(con, ids) == 0
    assert link_duplicates(con, ids[:1]) == 0
    assert counts(con) == before == (1, 2, 2 * warehouse.syndication.BANDS)
    assert duplicate_of(con) == {"bima/1": "kabar/1"}


def test_a_late_crawled_earlier_original_takes_over_its_copies(con, texts) -> None:
    link_duplicates(con, add_articles(con, ("bima/1", texts["edited_copy"], 3), ("dompu/1", texts["copy_of_copy"], 6)))
    assert duplicate_of(con) == {"dompu/1": "bima/1"}

    assert link_duplicates(con, add_articles(con, ("kabar/1", texts["original"], 0))) == 2
    assert duplicate_of(con) == {"bima/1": "kabar/1", "dompu/1": "kabar/1"}


def test_a_re_extracted_text_that_no_longer_matches_loses_its_link(con, texts) -> None:
    link_duplicates(con, add_articles(con, ("kabar/1", texts["original"], 0), ("bima/1", texts["edited_copy"], 3)))
    link_duplicates(con, add_articles(con, ("bima/1", texts["same_press_conference"], 3)))
    assert duplicate_of(con) == {}
    assert counts(con)[:2] == (0, 2)


def test_chunking_does_not_change_the_links(con, texts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warehouse.syndication, "CHUNK", 1)
    ids = add_articles(
        con,
        ("dompu/1", texts["copy_of_copy"], 6),
        ("bima/1", texts["edited_copy"], 3),
        ("kabar/1", texts["original"], 0),
        ("lain/1", texts["same_press_conference"], 1),
    )
    assert link_duplicates(con, ids) == 2
    assert duplicate_of(con) == {"bima/1": "kabar/1", "dompu/1": "kabar/1"}


def test_unknown_and_short_articles_are_ignored(con) -> None:
    ids = add_articles(con, ("a/1", "Video: apel pagi.", 0), ("b/1", "Video: apel pagi.", 1))
    assert link_duplicates(con, [*ids, "missing/1"]) == 0
    assert counts(con) == (0, 0, 0)
