"""pantau inspect: one page, by hand or from an evaluation tool, as text or as the JSON contract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pantau.cli import main
from pipeline.inspect import InspectError, inspect, render
from tests.support.server import LoopbackOutlet

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
ARTICLE = PAGES / "old_cms_loose_lead.html"
ARTICLE_URL = "https://kabarhulu.example/berita/daerah/24/03/04/559/camat-diminta-tidak-ikut-kampanye"
CONTRACT = {"url", "page_kind", "reason", "title", "published_at", "published_date", "date_source",
            "date_readings", "author", "text", "paragraphs", "analysis"}


def test_an_article_reports_its_metadata_the_date_readings_the_text_and_the_analysis() -> None:
    report = inspect(str(ARTICLE), url=ARTICLE_URL)
    assert set(report) == CONTRACT
    assert (report["page_kind"], report["title"]) == ("article", "Camat Diminta Tidak Ikut Kampanye Pilkada")
    assert (report["published_at"], report["published_date"], report["date_source"]) == (
        "2024-03-04T14:20:00+07:00", "2024-03-04", "visible")
    assert [r["source"] for r in report["date_readings"]] == ["visible", "url"]
    assert report["paragraphs"] == 4 and report["text"].startswith("SUNGAI HULU, KABARHULU - Bupati")
    assert report["analysis"]["is_relevant"] is True
    assert {d["kind"] for d in report["analysis"]["directives"]} >= {"appeal"}
    json.dumps(report)  # plain data


def test_a_refused_page_says_why() -> None:
    report = inspect(str(PAGES / "section_olahraga.html"), url="https://wartapesisir.example/olahraga")
    assert report["page_kind"] == "not_article" and report["reason"].startswith("listing of teasers")
    assert report["text"] is None and report["analysis"] is None
    assert "listing of teasers" in render(report)


def test_a_url_is_fetched(tmp_path: Path) -> None:
    shutil.copy(ARTICLE, tmp_path / "camat.html")
    outlet = LoopbackOutlet(tmp_path).start()
    try:
        report = inspect(f"{outlet.base_url}/camat.html", analyse=False)
    finally:
        outlet.stop()
    assert report["url"] == f"{outlet.base_url}/camat.html"
    assert report["title"] == "Camat Diminta Tidak Ikut Kampanye Pilkada" and report["analysis"] is None


def test_a_missing_file_or_a_dead_address_is_an_inspect_error(tmp_path: Path) -> None:
    with pytest.raises(InspectError, match="no such file"):
        inspect(str(tmp_path / "nothing.html"))
    outlet = LoopbackOutlet(tmp_path).start()
    try:
        with pytest.raises(InspectError, match="cannot fetch"):
            inspect(f"{outlet.base_url}/missing.html")
    finally:
        outlet.stop()


def test_the_command_prints_json_or_text_and_exits_2_on_bad_input(capsys, tmp_path: Path) -> None:
    assert main(["inspect", str(ARTICLE), "--url", ARTICLE_URL, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date_source"] == "visible"
    assert main(["inspect", str(ARTICLE), "--url", ARTICLE_URL]) == 0
    out = capsys.readouterr().out
    assert "Camat Diminta Tidak Ikut Kampanye Pilkada" in out and "source visible" in out
    assert main(["inspect", str(tmp_path / "nothing.html")]) == 2
    assert "no such file" in capsys.readouterr().err
