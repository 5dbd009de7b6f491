"""A holder of one word set off by the comma after an office the registry cannot name, the sentence going on after
him ('Kordiv Pencegahan dan Humas, Yusran menjelaskan ...'), is that office's holder, as after a registry title
('Ketua Bawaslu, Yusran menjelaskan'). The rest of a unit's name after the comma ('Kepala Bidang Mutasi, Promosi dan
Pengembangan Karier') and a bare title closing the sentence name no one. Sentences in our own words, analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Bawaslu Kabupaten Pinrang menggelar rapat evaluasi netralitas ASN. "

# (text, names found)
FORMS = [
    (LEAD + "Kordiv Pencegahan dan Humas, Yusran menjelaskan ASN dilarang memasang alat peraga.", {"Yusran"}),
    (LEAD + "Dalam rapat itu Koordinator Divisi Penanganan Pelanggaran, Marlina mengingatkan sanksi bagi ASN.",
     {"Marlina"}),
    (LEAD + "Kepala Bidang Mutasi, Hendrik menyebut ada dua ASN yang sedang diperiksa.", {"Hendrik"}),
    # negatives: the unit's name goes on after the comma; no one named after the title
    (LEAD + "Rapat dihadiri Kepala Bidang Mutasi, Promosi dan Pengembangan Karier serta para camat.", set()),
    (LEAD + "Materi disampaikan oleh Koordinator Divisi Hukum, Pencegahan dan Humas.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_one_word_holder_after_a_loose_title_comma(analysed: list, k: int, text: str, names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} == names
