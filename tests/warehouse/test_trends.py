"""The trend views: what counts, in which ISO week and election stage."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.warehouse.builder import Story, build
from warehouse.db import connect

README = Path(__file__).parents[2] / "README.md"


@pytest.fixture
def con(warehouse: Path):
    con = connect(warehouse, read_only=True)
    yield con
    con.close()


def rows(con, sql: str, params: dict | None = None) -> list[tuple]:
    return con.execute(sql, params or {}).fetchall()


def test_the_calendar_holds_the_2024_stages(con) -> None:
    assert rows(con, "SELECT election, stage, starts_on, ends_on FROM election_stages ORDER BY starts_on") == [
        ("pemilu-2024", "campaign", date(2023, 11, 28), date(2024, 2, 10)),
        ("pemilu-2024", "quiet_period", date(2024, 2, 11), date(2024, 2, 13)),
        ("pemilu-2024", "voting_day", date(2024, 2, 14), date(2024, 2, 14)),
        ("pilkada-2024", "campaign", date(2024, 9, 25), date(2024, 11, 23)),
        ("pilkada-2024", "quiet_period", date(2024, 11, 24), date(2024, 11, 26)),
        ("pilkada-2024", "voting_day", date(2024, 11, 27), date(2024, 11, 27)),
    ]


def test_a_week_is_named_by_its_stage_and_the_voting_day_wins(con) -> None:
    weeks = dict((w, (e, s, list(all_))) for w, e, s, all_ in rows(
        con, "SELECT week, stage_election, stage, stages FROM trends_stage_weeks"))
    assert weeks["2023-W48"] == ("pemilu-2024", "campaign", ["pemilu-2024:campaign"])
    assert weeks["2024-W06"] == ("pemilu-2024", "campaign", ["pemilu-2024:campaign", "pemilu-2024:quiet_period"])
    assert weeks["2024-W07"] == ("pemilu-2024", "voting_day", ["pemilu-2024:quiet_period", "pemilu-2024:voting_day"])
    assert weeks["2024-W48"][1] == "voting_day"
    assert "2024-W08" not in weeks and "2023-W47" not in weeks


def test_only_relevant_dated_originals_count(con) -> None:
    counted = {r[0] for r in rows(con, "SELECT article_id FROM trends_articles")}
    assert "w45-bawaslu" in counted
    assert "w45-bawaslu-copy" not in counted  # syndicated copy: its original carries it
    assert "w45-casn" not in counted  # not about ASN neutrality
    assert "undated" not in counted
    assert len(counted) == 9


def test_weeks_are_iso_weeks_of_the_wib_date(tmp_path: Path) -> None:
    db = build(tmp_path / "edge.duckdb", [
        Story("new-year", date(2024, 12, 30)), Story("sunday", date(2023, 1, 1)),
        Story("quiet", date(2024, 2, 12)), Story("vote", date(2024, 2, 14)),
    ])
    con = connect(db, read_only=True)
    try:
        got = {a: (w, s) for a, w, s in rows(con, "SELECT article_id, week, stage FROM trends_articles")}
    finally:
        con.close()
    assert got == {
        "new-year": ("2025-W01", None),
        "sunday": ("2022-W52", None),
        "quiet": ("2024-W07", "quiet_period"),  # the story's own stage is exact by day
        "vote": ("2024-W07", "voting_day"),
    }


def test_weekly_agencies_count_stories_naming_them_and_directives_they_issued(con) -> None:
    got = rows(con, "SELECT agency, acronym, articles, directives FROM trends_weekly_agencies "
                    "WHERE week = '2023-W45' ORDER BY agency")
    assert got == [
        ("Badan Pengawas Pemilihan Umum", "Bawaslu", 3, 2),
        ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "KemenPANRB", 1, 2),
        ("Komisi Aparatur Sipil Negara", "KASN", 3, 1),
        ("Pemerintah Provinsi Kalimantan Timur", None, 0, 2),  # issued through its Sekda, never named
    ]


def test_a_directive_belongs_to_its_actors_institution(con) -> None:
    got = rows(con, "SELECT article_id, actor, institution FROM trends_directives WHERE week = '2023-W45' "
                    "ORDER BY article_id, seq")
    assert ("w45-kaltim", "Yudi Prasetyo", "Pemerintah Provinsi Kalimantan Timur") in got  # official -> agency
    assert ("w45-kasn", "Komisi Aparatur Sipil Negara", "Komisi Aparatur Sipil Negara") in got  # agency itself
    assert ("w45-kasn", None, None) in got
    assert not [r for r in got if r[0] == "w45-bawaslu-copy"]


def test_weekly_officials_provinces_kinds_and_behaviours(con) -> None:
    assert rows(con, "SELECT name, role, articles, directives FROM trends_weekly_officials "
                     "WHERE week = '2023-W45' AND name = 'Rahmat Bagja'") == [
        ("Rahmat Bagja", "Ketua Bawaslu RI", 1, 2)]
    assert rows(con, "SELECT province, articles, directives FROM trends_weekly_provinces WHERE week = '2023-W45' "
                     "ORDER BY province NULLS LAST") == [
        ("Jawa Timur", 1, 0), ("Kalimantan Timur", 1, 2), (None, 3, 6),  # no Sulawesi Selatan: only a copy
    ]
    assert rows(con, "SELECT kind, directives, articles FROM trends_weekly_directive_kinds WHERE week = '2023-W45' "
                     "ORDER BY kind") == [
        ("appeal", 1, 1), ("obligation", 1, 1), ("permission", 1, 1), ("prohibition", 3, 2), ("sanction", 2, 2),
    ]
    assert rows(con, "SELECT behaviour, kind, directives, articles FROM trends_weekly_behaviours "
                     "WHERE week = '2023-W45' ORDER BY behaviour") == [
        ("attending_campaign", "prohibition", 1, 1), ("social_media_liking", "prohibition", 2, 2),
    ]


def test_trends_weeks_has_every_week_including_empty_ones(con) -> None:
    got = rows(con, "SELECT week, articles, directives FROM trends_weeks "
                    "WHERE week_start BETWEEN DATE '2023-10-09' AND DATE '2023-11-06' ORDER BY week_start")
    assert got == [("2023-W41", 1, 1), ("2023-W42", 2, 0), ("2023-W43", 0, 0), ("2023-W44", 1, 1), ("2023-W45", 5, 8)]
    starts = [r[0] for r in rows(con, "SELECT week_start FROM trends_weeks ORDER BY week_start")]
    assert all((b - a).days == 7 for a, b in zip(starts, starts[1:]))
    assert starts[-1] >= date(2024, 11, 25)  # the calendar's last stage is always covered


def _readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Trends, digest and SQL")
    end = text.find("\n## ", start + 1)
    return text[start:] if end == -1 else text[start:end]


def test_the_readme_documents_every_trend_view_and_column(con) -> None:
    section = _readme_section()
    views = [r[0] for r in rows(con, "SELECT table_name FROM information_schema.tables "
                                     "WHERE table_name LIKE 'trends%' OR table_name = 'election_stages'")]
    assert set(views) == set(re.findall(r"^\| `((?:trends_\w+)|election_stages)` \|", section, re.M))
    for view in views:
        line = re.search(rf"^\| `{view}` \|(.*)$", section, re.M)
        assert line, f"README misses {view}"
        documented = set(re.findall(r"`(\w+)`", line[1]))
        columns = {r[0] for r in rows(con, f"DESCRIBE {view}")}
        assert columns <= documented, f"{view}: undocumented {columns - documented}"
