"""Probe list of a ban denied with a pointer for its object ("Soal ASN yang menonton debat, panwas menyebut belum ada
aturan yang melarang itu"): leave for the civil servants' conduct named before the pointer, as the same denial with
nothing after it is. Negatives: the pointer with no civil servant named before it (a thing, the public), and a request
verb pointed back to, which stays a request already made. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
NONE: set[str] = set()
CONTEXT = "Netralitas ASN dalam pemilihan gubernur tahun ini di Provinsi Teluk Damai diawasi panwas. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Terkait ASN yang bertanya kepada calon, ketua panwas mengaku belum ada aturan yang melarang itu.", P),
    (CONTEXT + "Soal PNS yang menonton debat di aula, Kepala BKD menyebut tidak ada regulasi yang melarang ini.", P),
    (CONTEXT + "Soal spanduk di pohon, ketua panwas menyebut tidak ada aturan yang melarang itu.", NONE),
    (CONTEXT + "Warga boleh memasang bendera di rumahnya sebab tidak ada aturan yang melarang itu.", NONE),
    (CONTEXT + "Bupati sudah mengizinkan itu, kata sekda kepada wartawan.", NONE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][89:149]))
def test_a_ban_denied_with_a_pointer_is_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
