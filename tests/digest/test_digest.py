"""The weekly digest: its files, its sections and figures, its links, its languages."""

from __future__ import annotations

import csv
import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pantau.cli import main as pantau
from pipeline.nlp.resources import load
from tests.warehouse.stories import LIKE, SANCTION
from warehouse.digest import collect, last_full_week, parse_week, write_digest
from warehouse.digest.render import HERE as DIGEST_DIR
from warehouse.digest.weeks import WeekError

W45 = parse_week("2023-W45")
MD_LINK = re.compile(r"\]\(([^)\s]+)\)")
HREF = re.compile(r"""<a\b[^>]*\bhref=["']([^"']+)["']""")


@pytest.fixture(scope="module")
def digest_id(warehouse: Path, tmp_path_factory: pytest.TempPathFactory):
    return write_digest(warehouse, W45, tmp_path_factory.mktemp("digest-id"))


def article_urls(db: Path) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT url FROM articles").fetchall()}
    finally:
        con.close()


def test_a_week_with_data_writes_every_file(digest_id) -> None:
    names = sorted(p.name for p in digest_id.folder.iterdir())
    assert names == ["articles.csv", "articles.parquet", "digest.id.html", "digest.id.md",
                     "directives.csv", "directives.parquet"]


def test_every_link_is_a_counted_article_in_the_database(digest_id, warehouse: Path) -> None:
    known = article_urls(warehouse)
    md_links = MD_LINK.findall(digest_id.markdown.read_text(encoding="utf-8"))
    html_links = HREF.findall(digest_id.html.read_text(encoding="utf-8"))
    assert md_links and html_links
    assert set(md_links) <= known and set(html_links) <= known
    assert not any("copy" in url or "casn" in url for url in md_links + html_links)  # copies once, off-topic never
    assert {u.rsplit("/", 1)[1] for u in md_links} == {
        "w45-bawaslu", "w45-panrb", "w45-kaltim", "w45-kasn", "w45-jatim"}


def test_headline_figures_compare_with_the_previous_four_weeks(digest_id) -> None:
    text = digest_id.markdown.read_text(encoding="utf-8")
    assert "(2023-W41 sampai 2023-W44)" in text
    assert "| Artikel relevan | 5 | 1 | +400% |" in text
    assert "| Arahan kepada ASN | 8 | 0,5 | +1500% |" in text
    assert "| Sanksi dilaporkan | 2 | 0,25 | +700% |" in text
    assert "| Artikel | 0 | 0 | 0 | 1 | 2 | 0 | 1 | 5 |" in text  # the 8-week trend, W38..W45


def test_directives_are_grouped_by_institution_with_sentence_actor_and_source(digest_id) -> None:
    text = digest_id.markdown.read_text(encoding="utf-8")
    bawaslu = text.split("### Badan Pengawas Pemilihan Umum (2 arahan)")[1].split("###")[0]
    assert f"**Larangan**: “{LIKE}” (Penyampai: Rahmat Bagja)" in bawaslu
    assert "[kabar\\_nasional, 6 November 2023](http://127.0.0.1:8001/kabar_nasional/w45-bawaslu)" in bawaslu
    kaltim = text.split("### Pemerintah Provinsi Kalimantan Timur (2 arahan)")[1].split("###")[0]
    assert "ASN dilarang menghadiri kampanye peserta pemilu." in kaltim
    assert "### Tanpa lembaga yang teridentifikasi (1 arahan)" in text


def test_officials_provinces_behaviours_and_sanctions(digest_id) -> None:
    text = digest_id.markdown.read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", text, re.M | re.S))
    assert list(sections) == ["Angka utama", "Tren 8 minggu terakhir", "Arahan baru menurut lembaga",
                              "Lembaga yang paling banyak disebut", "Pejabat yang paling banyak dikutip", "Provinsi",
                              "Perilaku yang dilarang", "Sanksi yang dilaporkan", "Artikel minggu ini"]
    officials = sections["Pejabat yang paling banyak dikutip"]
    assert "| Yudi Prasetyo | Sekretaris Daerah Provinsi Kalimantan Timur |" in officials
    provinces = sections["Provinsi"]
    assert "| Kalimantan Timur | 1 | 0,25 | 2 |" in provinces and "Sulawesi Selatan" not in provinces
    assert "| menyukai (like) unggahan calon | 2 | 2 |" in sections["Perilaku yang dilarang"]
    sanctions = sections["Sanksi yang dilaporkan"]
    assert SANCTION in sanctions and "juga di 1 artikel lain" in sanctions


def test_markup_in_titles_cannot_break_the_markdown(digest_id) -> None:
    text = digest_id.markdown.read_text(encoding="utf-8")
    assert "[KASN: \\[Rilis\\] ASN boleh hadir di debat \\| tanpa atribut](" in text


def test_the_weeks_rows_as_csv_and_parquet(digest_id) -> None:
    with (digest_id.folder / "directives.csv").open(encoding="utf-8") as handle:
        directives = list(csv.DictReader(handle))
    assert len(directives) == 8
    assert {d["behaviours"] for d in directives} == {"", "social_media_liking", "attending_campaign"}
    articles = pq.read_table(digest_id.folder / "articles.parquet").to_pylist()
    assert sorted(a["article_id"] for a in articles) == [
        "w45-bawaslu", "w45-jatim", "w45-kaltim", "w45-kasn", "w45-panrb"]
    assert pq.read_table(digest_id.folder / "directives.parquet").column("behaviours").type.value_type == "string"


def test_an_empty_week_says_so(warehouse: Path, tmp_path: Path) -> None:
    files = write_digest(warehouse, parse_week("2024-W07"), tmp_path)
    text = files.markdown.read_text(encoding="utf-8")
    assert "Tidak ada artikel relevan yang terbit pada minggu ini" in text
    assert "Tahapan: Hari pemungutan suara Pemilu 2024" in text
    assert not MD_LINK.findall(text) and not HREF.findall(files.html.read_text(encoding="utf-8"))
    assert "Angka utama" not in text
    with (tmp_path / "articles.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) == 1  # the header only


def test_english_on_request(warehouse: Path, tmp_path: Path) -> None:
    files = write_digest(warehouse, W45, tmp_path, lang="en")
    text = files.markdown.read_text(encoding="utf-8")
    assert files.markdown.name == "digest.en.md"
    assert "## Headline figures" in text and "| Directives to civil servants | 8 | 0.5 | +1500% |" in text
    assert "### Badan Pengawas Pemilihan Umum (2 directives)" in text
    assert '<html lang="en">' in files.html.read_text(encoding="utf-8")


def test_both_languages_have_every_string() -> None:
    with (DIGEST_DIR / "i18n.toml").open("rb") as handle:
        tables = tomllib.load(handle)
    assert set(tables) == {"id", "en"}
    assert set(tables["id"]) == set(tables["en"])


def test_every_kind_and_behaviour_has_a_label_in_both_languages() -> None:
    kinds = load("directives")["kinds"]
    assert set(kinds) == {"prohibition", "obligation", "permission", "appeal", "sanction"}
    for entry in [*kinds.values(), *load("behaviours")["behaviours"].values()]:
        assert set(entry["label"]) == {"id", "en"} and all(entry["label"].values())


def test_the_indonesian_digest_speaks_indonesian_only(digest_id) -> None:
    text = digest_id.markdown.read_text(encoding="utf-8")
    for english in ("social", "campaign", "attending", "prohibition", "Stage", "National"):
        assert english not in text


def test_the_headline_figures_agree_with_the_provinces_section(digest_id) -> None:
    text = digest_id.markdown.read_text(encoding="utf-8")
    provinces = re.findall(r"^\| (.+?) \| (\d+) \|", text.split("## Provinsi")[1].split("## ")[0], re.M)
    named = [p for p, _ in provinces if p not in ("Provinsi", "Nasional (tanpa provinsi)")]
    national = sum(int(n) for p, n in provinces if p == "Nasional (tanpa provinsi)")
    assert f"| Provinsi diberitakan | {len(named)} |" in text
    assert f"| Artikel nasional (tanpa provinsi) | {national} |" in text


def test_the_last_full_week_is_counted_in_jakarta() -> None:
    # Sunday 12 Nov 2023 17:30 UTC is already Monday 00:30 WIB: W45 has ended.
    assert last_full_week(datetime(2023, 11, 12, 17, 30, tzinfo=UTC)).label == "2023-W45"
    assert last_full_week(datetime(2023, 11, 12, 16, 30, tzinfo=UTC)).label == "2023-W44"


@pytest.mark.parametrize("text", ["2023-45", "W45", "2023-W54", "2023-W53"])
def test_a_week_must_be_an_iso_week(text: str) -> None:
    with pytest.raises(WeekError):
        parse_week(text)


def test_the_command_writes_beside_the_database_by_default(warehouse: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "copy.duckdb"
    db.write_bytes(warehouse.read_bytes())
    assert pantau(["digest", "--db", str(db), "--week", "2023-W45"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed[0] == str(tmp_path / "digests" / "2023-W45" / "digest.id.md")
    assert all(Path(p).exists() for p in printed) and len(printed) == 6


def test_the_command_refuses_a_missing_database(tmp_path: Path, capsys) -> None:
    assert pantau(["digest", "--db", str(tmp_path / "none.duckdb"), "--week", "2023-W45"]) == 2
    assert "no database" in capsys.readouterr().err


def test_the_digest_agrees_with_the_weekly_trend_views(warehouse: Path) -> None:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        digest = collect(con, W45)

        def view(sql: str) -> set[tuple]:
            return set(con.execute(sql).fetchall())

        assert {(r.key, r.articles, r.directives) for r in digest.agencies} == view(
            "SELECT agency, articles, directives FROM trends_weekly_agencies WHERE week = '2023-W45' AND articles > 0")
        assert {(r.key, r.detail, r.articles, r.directives) for r in digest.officials} == view(
            "SELECT name, role, articles, directives FROM trends_weekly_officials WHERE week = '2023-W45'")
        assert {(r.key, r.articles, r.directives) for r in digest.provinces} == view(
            "SELECT province, articles, directives FROM trends_weekly_provinces WHERE week = '2023-W45'")
        trend = {(p.week.label, p.articles, p.directives) for p in digest.trend}
        weeks = view("SELECT week, articles, directives FROM trends_weeks "
                     "WHERE week_start BETWEEN DATE '2023-09-18' AND DATE '2023-11-06'")
        assert weeks <= trend and all(p[1:] == (0, 0) for p in trend - weeks)  # before the first story
    finally:
        con.close()


def test_a_sentence_is_quoted_once() -> None:
    from warehouse.digest.render import quote

    assert quote("ASN wajib netral.") == "“ASN wajib netral.”"
    assert quote('"ASN wajib netral," kata dia.') == '"ASN wajib netral," kata dia.'
