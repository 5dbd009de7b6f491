"""The incidents view: one row per statement or event, however many outlets reported it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from warehouse.db import connect
from warehouse.migrate import migrate

NOW = datetime(2024, 10, 1, tzinfo=UTC)


@pytest.fixture
def con(db_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(db_path)
    migrate(con)
    yield con
    con.close()


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    con.register("_rows", pa.Table.from_pylist(rows))
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
    con.unregister("_rows")


def report(con, article_id: str, day: int, actor: str | None, kind: str = "prohibition",
           copy_of: str | None = None, sentence: str | None = None, relevant: bool = True) -> None:
    """An analysed article published on 2024-09-<day> with one directive (and its syndication link)."""
    insert(con, "stg_articles", [{
        "article_id": article_id, "url": f"http://127.0.0.1/{article_id}", "source_id": article_id.split("/")[0],
        "published_date": date(2024, 9, day), "text": "...", "extracted_at": NOW, "load_id": "test",
    }])
    insert(con, "stg_analysis",
           [{"article_id": article_id, "is_relevant": relevant, "analysed_at": NOW, "load_id": "test"}])
    insert(con, "stg_directives", [{
        "article_id": article_id, "seq": 0, "kind": kind, "actor": actor,
        "sentence": sentence or f"{actor} melarang ASN hadir di kampanye ({article_id}).",
    }])
    if copy_of:
        insert(con, "stg_duplicates", [{"article_id": article_id, "duplicate_of": copy_of, "similarity": 0.9}])


def incidents(con) -> list[dict]:
    cursor = con.execute("SELECT * FROM incidents ORDER BY first_date, actor, kind")
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_reports_of_one_statement_across_outlets_are_one_incident(con) -> None:
    report(con, "kabar/1", 24, "Lalu Hamdani", sentence="Hamdani melarang ASN hadir di kampanye.")
    report(con, "lain/7", 25, "lalu hamdani ")      # another outlet's own article, next day
    report(con, "bima/3", 24, "Lalu Hamdani", copy_of="kabar/1")  # a syndicated copy
    report(con, "dompu/2", 27, "Lalu Hamdani")      # three days after the previous report

    [incident] = incidents(con)
    assert incident["actor"] == "Lalu Hamdani"
    assert incident["kind"] == "prohibition"
    assert (incident["first_date"], incident["last_date"]) == (date(2024, 9, 24), date(2024, 9, 27))
    assert incident["n_articles"] == 3  # the copy is not an independent report
    assert incident["article_ids"] == ["kabar/1", "lain/7", "dompu/2"]
    assert incident["copy_ids"] == ["bima/3"]
    assert incident["sources"] == ["bima", "dompu", "kabar", "lain"]
    assert incident["sentence"] == "Hamdani melarang ASN hadir di kampanye."
    assert len(incident["incident_id"]) == 16


def test_a_gap_of_more_than_three_days_starts_a_new_incident(con) -> None:
    report(con, "kabar/1", 2, "Lalu Hamdani")
    report(con, "kabar/2", 6, "Lalu Hamdani")
    assert [(i["first_date"].day, i["n_articles"]) for i in incidents(con)] == [(2, 1), (6, 1)]


def test_another_actor_or_another_kind_is_another_incident(con) -> None:
    report(con, "kabar/1", 10, "Lalu Hamdani", kind="prohibition")
    report(con, "kabar/2", 10, "Lalu Hamdani", kind="sanction")
    report(con, "kabar/3", 10, "Bawaslu", kind="prohibition")
    assert sorted((i["actor"], i["kind"]) for i in incidents(con)) == [
        ("Bawaslu", "prohibition"), ("Lalu Hamdani", "prohibition"), ("Lalu Hamdani", "sanction"),
    ]


def test_directives_without_an_actor_are_never_merged_except_with_their_copies(con) -> None:
    report(con, "kabar/1", 10, None)
    report(con, "lain/1", 10, None)
    report(con, "bima/1", 10, None, copy_of="kabar/1")
    assert sorted((i["article_ids"], i["copy_ids"]) for i in incidents(con)) == [
        (["kabar/1"], ["bima/1"]), (["lain/1"], []),
    ]


def test_directives_in_articles_judged_not_relevant_are_not_incidents(con) -> None:
    report(con, "kpu/1", 10, "KPU", kind="permission", relevant=False)  # ASN may register as PPK
    assert incidents(con) == []


def test_the_incident_id_stays_when_later_reports_arrive(con) -> None:
    report(con, "kabar/1", 10, "Lalu Hamdani")
    [first] = incidents(con)
    report(con, "lain/1", 11, "Lalu Hamdani")
    [later] = incidents(con)
    assert later["incident_id"] == first["incident_id"]
    assert later["n_articles"] == 2
