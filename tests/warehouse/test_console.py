"""`pantau sql`: inline, file and saved queries, output formats, and read-only access."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pantau.cli import main as pantau
from tests.warehouse.stories import stories
from warehouse.console import saved_queries


def sql(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = pantau(["sql", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_inline_sql_prints_a_table(warehouse: Path, capsys) -> None:
    query = "SELECT week, articles FROM trends_weeks WHERE week = '2023-W45'"
    code, out, _ = sql(capsys, "--db", str(warehouse), query)
    assert code == 0
    assert "2023-W45" in out and "│        5 │" in out


def test_sql_from_a_file_with_a_parameter_as_csv(warehouse: Path, tmp_path: Path, capsys) -> None:
    query = tmp_path / "q.sql"
    query.write_text("SELECT article_id FROM trends_articles WHERE province = $p ORDER BY 1", encoding="utf-8")
    code, out, _ = sql(capsys, "--db", str(warehouse), "-f", str(query), "-p", "p=Kalimantan Timur", "--format", "csv")
    assert code == 0
    assert out.splitlines() == ['"article_id"', '"w42-a"', '"w45-kaltim"']


def test_json_and_parquet_go_to_a_file(warehouse: Path, tmp_path: Path, capsys) -> None:
    query = "SELECT kind, directives FROM trends_weekly_directive_kinds WHERE week = '2023-W45' ORDER BY kind"
    assert sql(capsys, "--db", str(warehouse), query, "--format", "json", "-o", str(tmp_path / "k.json"))[0] == 0
    assert json.loads((tmp_path / "k.json").read_text())[0] == {"kind": "appeal", "directives": 1}
    assert sql(capsys, "--db", str(warehouse), query, "--format", "parquet", "-o", str(tmp_path / "k.parquet"))[0] == 0
    assert pq.read_table(tmp_path / "k.parquet").num_rows == 5
    code, _, err = sql(capsys, "--db", str(warehouse), query, "--format", "parquet")
    assert code == 1 and "needs -o" in err


def test_saved_queries_declare_what_they_answer_and_every_parameter_they_use() -> None:
    queries = saved_queries()
    assert {"this_week_directives", "agency_history", "province_history", "official_statements"} <= set(queries)
    for query in queries.values():
        assert len(query.summary) > 40, f"{query.name}: say what it answers"
        body = "\n".join(line for line in query.sql.splitlines() if not line.startswith("--"))
        assert set(re.findall(r"\$(\w+)", body)) == {p.name for p in query.params}, query.name


@pytest.mark.parametrize(("name", "params", "expect"), [
    ("this_week_directives", ["week=2023-W45"], "ASN dilarang menghadiri kampanye peserta pemilu."),
    ("agency_history", ["agency=kasn"], "Komisi Aparatur Sipil Negara"),
    ("province_history", ["province=Provinsi Kalimantan Timur"], "2023-W42"),
    ("official_statements", ["name=bagja"], "ASN diminta tetap netral."),
    ("stage_totals", [], "quiet_period"),
])
def test_every_saved_query_answers_on_the_fixture_newsroom(warehouse: Path, capsys, name, params, expect) -> None:
    code, out, err = sql(capsys, "--db", str(warehouse), name, *[a for p in params for a in ("-p", p)],
                         "--format", "json")
    assert code == 0, err
    assert expect in out
    assert set(json.loads(out)[0]) == set(json.loads(out)[-1])


def test_saved_query_rows(warehouse: Path, capsys) -> None:
    code, out, _ = sql(capsys, "--db", str(warehouse), "agency_history", "-p", "agency=Bawaslu", "--format", "json")
    history = {r["week"]: (r["articles"], r["directives"], r["prohibitions"], r["appeals"]) for r in json.loads(out)}
    assert history == {"2023-W41": (1, 1, 0, 1), "2023-W44": (1, 1, 0, 0), "2023-W45": (3, 2, 1, 1)}
    _, out, _ = sql(capsys, "--db", str(warehouse), "official_statements", "-p", "name=Bagja", "--format", "json")
    assert [r["published_date"] for r in json.loads(out)] == ["2023-11-06", "2023-11-06", "2023-10-11"]


def test_parameter_mistakes_are_named(warehouse: Path, capsys) -> None:
    code, _, err = sql(capsys, "--db", str(warehouse), "agency_history")
    assert code == 1 and "agency_history needs -p agency=..." in err
    code, _, err = sql(capsys, "--db", str(warehouse), "agency_history", "-p", "agency=KASN", "-p", "weeks=3")
    assert code == 1 and "takes no parameter weeks" in err
    code, _, err = sql(capsys, "--db", str(warehouse), "agency_histry")
    assert code == 1 and "no saved query named 'agency_histry'" in err


def test_list_shows_the_saved_queries(capsys) -> None:
    code, out, _ = sql(capsys, "--list")
    assert code == 0
    assert "province_history" in out and "-p province=... (required)" in out


def test_the_console_cannot_write(warehouse: Path, capsys) -> None:
    code, _, err = sql(capsys, "--db", str(warehouse), "DELETE FROM stg_articles")
    assert code == 1 and "read-only" in err
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM stg_articles").fetchone()[0] == len(stories())
    con.close()


def test_a_missing_database_is_not_created(tmp_path: Path, capsys) -> None:
    code, _, err = sql(capsys, "--db", str(tmp_path / "none.duckdb"), "SELECT 1")
    assert code == 2 and "no database" in err
    assert not (tmp_path / "none.duckdb").exists()


def test_while_a_run_writes_the_console_says_the_database_is_busy(warehouse: Path, tmp_path: Path, capsys) -> None:
    """DuckDB lets no other process open a file a writer holds, not even read-only."""
    db = tmp_path / "busy.duckdb"
    db.write_bytes(warehouse.read_bytes())
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
                               "sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        code, _, err = sql(capsys, "--db", str(db), "SELECT 1")
    finally:
        writer.stdin.close()
        writer.wait()
    assert code == 2
    assert "in use by another process" in err
    assert sql(capsys, "--db", str(db), "SELECT 1")[0] == 0  # and works again once the writer is done
