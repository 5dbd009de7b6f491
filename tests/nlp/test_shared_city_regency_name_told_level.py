"""Probe list of a regional body named with a place a city and a regency share ('Bawaslu Kediri', 'KPU Sukabumi')
in a story that names that place with its level only once way ('Kota Kediri', 'Wali Kota Kupang', 'Kabupaten
Malang'): reporters drop the level word after the first mention, so the body is the one of the level the story
told. Where the story tells neither level, or both, the body is read as before. Sentences in our own words,
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Pegawai diminta tidak memihak selama pilkada."

# (text, the body it names, the body of the other level it must not be read as)
FORMS = [
    ("Pj Wali Kota Kediri meminta ASN menjaga sikap. KPU Kediri belum menetapkan pasangan calon." + S,
     "Komisi Pemilihan Umum Kota Kediri", "Komisi Pemilihan Umum Kabupaten Kediri"),
    ("Pendaftaran calon di Kota Sukabumi masih sepi. Kantor Bawaslu Sukabumi juga belum menerima laporan." + S,
     "Bawaslu Kota Sukabumi", "Bawaslu Kabupaten Sukabumi"),
    ("KOTA KUPANG - Bawaslu Kupang memanggil dua lurah yang berfoto dengan calon." + S,
     "Bawaslu Kota Kupang", "Bawaslu Kabupaten Kupang"),
    ("Sekda Kabupaten Malang mengumpulkan camat. Bawaslu Malang ikut memberi materi." + S,
     "Bawaslu Kabupaten Malang", "Bawaslu Kota Malang"),
    # both levels told: the body keeps the reading it had
    ("Bawaslu Kota Blitar dan Bawaslu Kabupaten Blitar menggelar rapat bersama." + S,
     "Bawaslu Kota Blitar", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "not_name"), indexed(FORMS, lambda v: v[0][:40]))
def test_the_story_told_level_places_the_shared_name(analysed: list, k: int, text: str, name: str,
                                                     not_name: str | None) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert name in names
    if not_name is not None:
        assert not_name not in names
