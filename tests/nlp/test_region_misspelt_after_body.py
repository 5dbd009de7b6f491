"""A region's word misspelt right after a regional body's short name ('oleh KPU Aimalungun', 'ASN Pemkab Lumjang') is
that region where the story writes its word right elsewhere: the body is of the story's region (spelling.yaml
`body_openers`). Left alone: a misspelling the story never writes right, a word after a body that ends a title (its
holder's name may follow: 'Ketua KPU Dadang'), and a word after a title. Sentences in our own words."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair

# (text, the word it must read)
REPAIRED = [
    ("Jadwal kampanye ditetapkan oleh KPU Lumjang pekan lalu. Bupati Lumajang meminta ASN netral.", "KPU Lumajang"),
    ("Dua guru dipanggil Bawaslu Bantull karena ikut kampanye di Kabupaten Bantul.", "Bawaslu Bantul"),
    ("Seluruh ASN Pemkab Sragem diminta netral. Sekda Sragen membacakan ikrar.", "Pemkab Sragen"),
]

# (text, the word that must stay as written)
KEPT = [
    # the story never writes the region right: no region to read it as
    ("Jadwal kampanye ditetapkan oleh KPU Lumjang pekan lalu.", "KPU Lumjang"),
    # the body ends a title: a holder's name may follow it, even one a letter from the story's region
    ("Ketua KPU Dadang Supriadi meminta ASN di Kota Padang netral.", "KPU Dadang"),
    ("Anggota Bawaslu Tatang Hermawan mengawasi ASN di Kabupaten Batang.", "Bawaslu Tatang"),
    # a title, not a body: the name after it stays
    ("Bupati Anwar menegaskan ASN tidak boleh ikut kampanye di Kecamatan Anyar.", "Bupati Anwar"),
]


@pytest.mark.parametrize(("text", "meant"), REPAIRED, ids=[t[:40] for t, _ in REPAIRED])
def test_a_misspelt_region_after_a_body_is_the_storys_region(text: str, meant: str) -> None:
    assert meant in repair(text)


@pytest.mark.parametrize(("text", "kept"), KEPT, ids=[t[:40] for t, _ in KEPT])
def test_other_words_after_a_body_or_a_title_stay_as_written(text: str, kept: str) -> None:
    assert kept in repair(text)


def test_the_body_of_the_misspelt_region_is_named(run) -> None:
    result = run("Pendaftaran pasangan calon ditutup oleh KPU Lumjang pada Kamis. Kepala Kantor Kemenag Kabupaten "
                 "Lumajang meminta ASN menjaga netralitas dalam Pilkada 2024.")
    assert "Komisi Pemilihan Umum Kabupaten Lumajang" in {a.agency for a in result.agencies}
