"""What counts as a syndicated copy, and which copy is the original.

The linking runs as in production: texts in a temporary warehouse, compared through
the band keys stored beside them (warehouse.syndication).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from pipeline.syndication import JACCARD_THRESHOLD, normalise, signature, similarity, strip_dateline
from warehouse.db import connect
from warehouse.migrate import migrate
from warehouse.syndication import link_duplicates

WIB = timezone(timedelta(hours=7))
T0 = datetime(2024, 9, 24, 10, 0, tzinfo=WIB)


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


@pytest.fixture
def con(db_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(db_path)
    migrate(con)
    yield con
    con.close()


def links(con: duckdb.DuckDBPyConnection, docs: list[tuple]) -> dict[str, str]:
    """Load (article_id, text, published_at[, fetched_at]) and link them: copy -> original."""
    rows = [
        {"article_id": d[0], "url": f"http://127.0.0.1/{d[0]}", "source_id": d[0].split("/")[0], "text": d[1],
         "published_at": d[2], "fetched_at": d[3] if len(d) > 3 else hours(100),
         "extracted_at": datetime.now(UTC), "load_id": "test"}
        for d in docs
    ]
    con.register("_new", pa.Table.from_pylist(rows))
    con.execute("INSERT INTO stg_articles BY NAME SELECT * FROM _new")
    con.unregister("_new")
    link_duplicates(con, [d[0] for d in docs])
    return dict(con.execute("SELECT article_id, duplicate_of FROM stg_duplicates").fetchall())


@pytest.mark.parametrize("text, body", [
    ("JAKARTA, KOMPAS.com – Menteri PANRB meminta", "Menteri PANRB meminta"),
    ("Makassar (ANTARA) - Penjabat Gubernur", "Penjabat Gubernur"),
    ("Liputan6.com, Jakarta - Ketua Bawaslu", "Ketua Bawaslu"),
    ("Jakarta, CNN Indonesia -- Badan", "Badan"),
    ("SURABAYA, suarajatim.id — Pj Gubernur", "Pj Gubernur"),
    ("Padang, (Pelita Sumbar) – Kepala", "Kepala"),
])
def test_the_dateline_is_not_part_of_the_story(text: str, body: str) -> None:
    assert strip_dateline(text) == body


def test_a_dash_inside_an_ordinary_opening_sentence_stays() -> None:
    text = "Pemerintah meminta ASN – terutama guru – tetap netral."
    assert strip_dateline(text) == text


def test_case_punctuation_and_quotes_do_not_matter() -> None:
    assert normalise('"Jangan Hadir," kata Hamdani.') == normalise("jangan hadir kata hamdani")


def test_a_lightly_edited_copy_matches(con, texts: dict[str, str]) -> None:
    # own dateline, "kembali" added, a "Baca juga" line inserted, one paragraph cut
    sim = similarity(signature(texts["original"]), signature(texts["edited_copy"]))
    assert sim >= JACCARD_THRESHOLD + 0.2
    docs = [("kabar/1", texts["original"], hours(0)), ("bima/1", texts["edited_copy"], hours(3))]
    assert links(con, docs) == {"bima/1": "kabar/1"}


def test_another_article_from_the_same_press_conference_does_not_match(con, texts: dict[str, str]) -> None:
    # same official, same day, the same four quotes verbatim, but its own reporting
    sim = similarity(signature(texts["original"]), signature(texts["same_press_conference"]))
    assert sim <= JACCARD_THRESHOLD - 0.2
    docs = [("kabar/1", texts["original"], hours(0)), ("lain/1", texts["same_press_conference"], hours(1))]
    assert links(con, docs) == {}


def test_a_copy_of_a_copy_points_to_the_original(con, texts: dict[str, str]) -> None:
    docs = [
        ("kabar/1", texts["original"], hours(0)),
        ("bima/1", texts["edited_copy"], hours(3)),
        ("dompu/1", texts["copy_of_copy"], hours(6)),
        ("lain/1", texts["same_press_conference"], hours(1)),
    ]
    assert links(con, docs) == {"bima/1": "kabar/1", "dompu/1": "kabar/1"}


def test_the_earliest_published_copy_is_the_original_whatever_the_order_seen(con, texts: dict[str, str]) -> None:
    docs = [
        ("bima/1", texts["edited_copy"], hours(3)),
        ("dompu/1", texts["copy_of_copy"], hours(6)),
        ("kabar/1", texts["original"], hours(5)),  # republished the regional story later
    ]
    assert links(con, docs) == {"kabar/1": "bima/1", "dompu/1": "bima/1"}


def test_equal_publication_times_fall_back_to_fetch_order(con, texts: dict[str, str]) -> None:
    docs = [
        ("b/1", texts["edited_copy"], hours(0), hours(2)),
        ("a/1", texts["original"], hours(0), hours(9)),
    ]
    assert links(con, docs) == {"a/1": "b/1"}


def test_an_undated_copy_never_beats_a_dated_one(con, texts: dict[str, str]) -> None:
    docs = [("a/1", texts["original"], None, hours(-100)), ("b/1", texts["edited_copy"], hours(0))]
    assert links(con, docs) == {"a/1": "b/1"}


def test_short_texts_are_never_called_copies(con) -> None:
    stub = "Berita ini sedang diperbarui. Simak terus perkembangannya."
    assert signature(stub) is None
    assert links(con, [("a/1", stub, hours(0)), ("b/1", stub, hours(1))]) == {}
