"""Probe list of a role after a verb of becoming ("menjadi", "jadi") in the clause before a modal ("meminta pegawai
agar tidak menjadi tim sukses, jangan pula ..."): the noun is the role the asked would take, no subject of the modal,
so the ban binds the civil servants the request names, as a role after "sebagai" does. Negatives: the role in a
relative clause, also past an adverb, names whom the clause binds ("Bagi yang menjadi relawan, dilarang ...", "Warga
yang akan menjadi saksi harus ..."); a candidacy taken still makes the duty to resign the civil servants' own.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Kepala BKPSDM meminta pegawai agar tidak menjadi tim sukses, jangan pula memasang spanduk calon.",
     {"appeal", "prohibition"}),
    ("Pegawai diharapkan tetap netral, tidak jadi relawan, jangan mengunggah dukungan di media sosial.",
     {"appeal", "prohibition"}),
    ("Bagi yang menjadi relawan calon, dilarang membawa anak di bawah umur ke kampanye.", set()),
    ("Warga yang akan menjadi saksi di TPS harus membawa surat mandat.", set()),
    ("Apabila ingin menjadi calon bupati, pegawai wajib mengundurkan diri.", {"obligation"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_role_after_becoming_is_no_subject(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
