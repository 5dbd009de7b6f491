"""Probe list of verbless requests whose civil servants, opening the clause, carry their place or government in
common nouns or pointers before "untuk" ("Semua pegawai di wilayah kecamatan ini untuk ...", "ASN di lingkup
pemerintah kabupaten setempat untuk ..."): the place names which of them are asked, as a named one does. Negatives:
something said of them before "untuk", and a purpose after an activity. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
CONTEXT = "Masa kampanye Pilkada 2024 dimulai pekan depan. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Semua pegawai di wilayah kecamatan ini untuk tetap bersikap netral.", A),
    (CONTEXT + "Seluruh ASN di lingkup pemerintah kabupaten setempat untuk tidak memihak calon mana pun.", A),
    (CONTEXT + "Para PNS di daerah masing-masing untuk menjaga jarak dari kegiatan kampanye.", A),
    (CONTEXT + "Seluruh ASN di kantor kami untuk fokus melayani warga selama tahapan berlangsung.", A),
    (CONTEXT + "Seluruh ASN di daerah ini tidak sulit untuk bersikap netral.", set()),
    (CONTEXT + "Pelatihan bagi pegawai di kantor ini untuk meningkatkan mutu layanan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][48:110]))
def test_civil_servants_placed_in_common_nouns_before_untuk_are_asked(analysed: list, k: int, text: str,
                                                                      kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
