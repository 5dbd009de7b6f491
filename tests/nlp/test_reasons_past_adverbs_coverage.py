"""Probe list of a rule given as the reason for a request, its reason word past an adverb ("mengimbau ASN untuk
tidak terlibat ... karena telah dilarang undang-undang", "sebab sudah dilarang"): the request is what is asked, the
ban only its ground, as "karena dilarang UU" already was. A reason opening the sentence states the ground of what
follows, and a subject between keeps the rule. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A, P = {"appeal"}, {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Bawaslu mengimbau ASN untuk tidak terlibat politik praktis karena telah dilarang undang-undang.", A),
    ("Bupati meminta PNS tidak ikut kampanye sebab sudah dilarang dalam aturan disiplin.", A),
    ("ASN diminta netral karena memang tidak boleh berpihak menurut undang-undang.", A),
    ("Sekda mengingatkan ASN agar tidak hadir di deklarasi calon, karena jelas dilarang dalam SKB.", A),
    # look-alikes: the ground opening the sentence, a subject between
    ("Karena sudah dilarang, ASN jangan sekali-kali ikut kampanye.", P),
    ("Saya mengingatkan semua pegawai untuk menjaga netralitas, karena kita tidak boleh berpolitik.", A | P),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_ban_given_as_a_reason_is_no_rule_of_its_own(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
