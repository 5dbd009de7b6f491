"""Probe list of a regional office's head written by his short title alone, unnamed and with no region ('Kadispora',
'Kadis Kominfotik dan Kabag Umum'): a dinas or badan of the regional government, it is that office of the region the
story is about, as 'Kepala Bappeda' is. Left alone: a short title whose office name goes on ('Kadis Kominfo dan
Statistik Provinsi X', read from its own name), and the unnamed heads of other bodies (police, prosecutors, the
inspectorate), whose own body the story names where it means it. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh pegawai diminta tidak memihak selama pilkada 2024."

# (text, a body that must be listed)
FOUND = [
    ("Bupati Sleman menugaskan Kadisdik memeriksa guru yang ikut kampanye." + S, "Dinas Pendidikan Kabupaten Sleman"),
    ("Wali Kota Bima hadir didampingi Kepala Bappeda, Kadis Kominfotik dan Kabag Umum dalam apel itu." + S,
     "Dinas Komunikasi, Informatika dan Statistik Kota Bima"),
    ("Pj Bupati Sleman meminta Kadinkes, Kadisdik, serta para camat menjaga jarak dari tim sukses." + S,
     "Dinas Kesehatan Kabupaten Sleman"),
]

# (text, a body that must not be listed)
LEFT = [
    # the short title's office name goes on: the office is read from that name, not guessed
    ("Bupati Sleman menerima Kadis Kominfo dan Statistik Provinsi Jawa Tengah di pendopo." + S,
     "Dinas Komunikasi dan Informatika Kabupaten Sleman"),
    # heads of other bodies, unnamed: no body guessed for them
    ("Bupati Sleman meminta Kapolres dan Kajari ikut mengawasi pegawai." + S, "Kepolisian Resor Sleman"),
    ("Bupati Sleman hadir bersama Inspektur dan Sekda dalam apel pagi." + S, "Inspektorat Kabupaten Sleman"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "body"), indexed(FOUND, lambda v: v[0][:40]))
def test_an_unnamed_short_title_names_the_story_regions_office(analysed: list, k: int, text: str, body: str) -> None:
    assert body in {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text", "body"), indexed(LEFT, lambda v: v[0][:40]))
def test_other_unnamed_titles_name_no_guessed_body(analysed: list, k: int, text: str, body: str) -> None:
    assert body not in {m.agency for m in analysed[len(FOUND) + k].agencies}
