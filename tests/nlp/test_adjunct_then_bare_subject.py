"""Probe list of a clause opened by a preposition of time, place or means with no comma, whose civil servants stand
bare right before its passive hope ("Menjelang pemungutan suara ASN diharapkan netral", "Di lingkungan Pemkab X ASN
juga diharapkan ..."): they are the subject of the hope, an appeal. Negatives: the civil servants after a noun of an
act ("Dalam pengawasan ASN diharapkan lebih ketat") or a conduct noun ("Melalui pengawasan netralitas ASN diharapkan
pilkada ..."), and someone named after the hope ("Di depan ASN diharapkan Bupati memberi contoh"), give no appeal.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pilkada 2024 segera digelar di kabupaten ini."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Menjelang pemungutan suara ASN diharapkan netral.", True),
    ("Di lingkungan Pemkab Bantul ASN juga diharapkan tidak memihak.", True),
    ("Dalam pelaksanaan pilkada PNS diharapkan bersikap netral.", True),
    ("Dalam pengawasan ASN diharapkan lebih ketat.", False),
    ("Melalui pengawasan netralitas ASN diharapkan pilkada berjalan jujur.", False),
    ("Di depan ASN diharapkan Bupati memberi contoh.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_bare_civil_servants_after_an_adjunct_are_asked(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
