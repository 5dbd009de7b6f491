"""Probe list of the bare stem of ordering ("perintahkan") after its speaker, as the bare stem of instructing
("instruksikan") already is: a head ordering the civil servants or the heads below him ("Gubernur perintahkan para
bupati agar ...", "Saya perintahkan kepada kepala OPD untuk ...") asks it of them, an appeal. Negatives: the stem
ordering someone who is no civil servant (the police, the public) and an order denied ask nothing of civil servants.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pemerintah provinsi menggelar apel bersama seluruh ASN menjelang Pilkada 2024."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Gubernur perintahkan para penjabat bupati agar memastikan semua ASN tidak ikut kampanye.", True),
    ('"Saya perintahkan kepada seluruh kepala OPD untuk mengawasi netralitas stafnya," ujarnya.', True),
    ("Sekda perintahkan seluruh PNS menjauhi kegiatan politik praktis.", True),
    ('"Saya perintahkan personel untuk mengamankan gudang logistik," kata Kapolres.', False),
    ('"Saya tidak pernah perintahkan warga memilih calon tertentu," katanya.', False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest and the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_the_bare_stem_of_ordering_asks(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
