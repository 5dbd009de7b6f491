""""No issue" said with the other nouns of a problem ("tidak jadi soal", "tidak menjadi persoalan"), or denied with
"bukan" ("bukan masalah"), of a conduct a condition names is leave, as "tidak jadi masalah" is (permission recall).

Without a condition, after a hope, or going on to what the issue is about ("bukan soal besar kecilnya ..."), the
phrase states a fact or wishes an event well. The stories are ours; all are
analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Panwaslu kabupaten menjelaskan aturan netralitas aparatur sipil negara selama kampanye pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Kalau pegawai datang menonton rapat umum, itu tidak jadi soal asalkan tanpa atribut.", True),
    ("Tidak menjadi persoalan bila guru membaca visi calon di rumah.", True),
    ("Menurut dia tak jadi soal jika pegawai hanya mendengar dari jauh.", True),
    # ... denied with "bukan"
    ("Ikut menonton pawai calon bukan masalah asalkan pegawai tidak bersorak.", True),
    ("Sekretaris daerah menilai datang ke rapat umum bukanlah persoalan selama tanpa seragam.", True),
    # no condition, a hope: no leave
    ("Sejak lama jam masuk kantor tidak jadi soal bagi atasan mereka.", False),
    ("Bupati berharap tahapan pilkada tidak menjadi persoalan di desa.", False),
    ("Kalau bicara gaji, ini bukan soal besar kecilnya tunjangan.", False),
    ("Selama ini absen dianggap bukan masalah yang serius oleh sebagian pegawai.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_no_issue_nouns_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
