"""Probe list of a clause opened by a preposition whose noun phrase ends at a pointer ("ini", "itu", "tersebut")
with no comma after it ("Melalui kegiatan ini para ASN diharapkan ...", "Dalam apel tersebut ASN, TNI dan Polri
diingatkan ..."): whoever is named past the pointer is the subject of the passive request, not a noun inside the
adjunct. Negatives: the public named there is asked, not the civil servants ("Melalui kegiatan ini masyarakat
diharapkan ikut mengawasi ..."), and civil servants inside an adjunct with no pointer ("Melalui pengawasan
netralitas ASN diharapkan pilkada ...") stay no addressee. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pilkada 2024 segera digelar di kabupaten ini."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Melalui kegiatan ini para ASN diharapkan tetap netral.", True),
    ("Dalam apel tersebut ASN, TNI dan Polri kembali diingatkan untuk menjaga netralitas.", True),
    ("Lewat pertemuan itu seluruh ASN diharapkan tidak memihak.", True),
    ("Melalui kegiatan ini masyarakat diharapkan ikut mengawasi netralitas ASN.", False),
    ("Melalui pengawasan netralitas ASN diharapkan pilkada berjalan jujur.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_pointer_closes_the_adjunct_before_whom_it_asks(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
