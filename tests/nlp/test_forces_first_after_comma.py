"""A hope or request closed by its comma, then the forces listed before the civil servants ("berharap, para anggota TNI,
Polri, dan ASN dapat ...", "mengimbau, TNI-Polri serta seluruh ASN ...") asks the civil servants, as the order with
them first already did; the forces alone after the comma, or a fact said of them, ask no civil servant. Sentences
are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("Ketua DPRD berharap, para anggota TNI, Polri, dan ASN dapat bersikap netral pada Pilkada 2024.", ["appeal"]),
    ("Gubernur mengimbau, TNI-Polri serta seluruh ASN menjaga netralitas selama Pemilu 2024.", ["appeal"]),
    ("Sekda meminta, anggota Polri dan PNS tidak ikut kampanye pada Pilkada 2024.", ["appeal"]),
    # the forces alone, or something said of them
    ("Bupati berharap, TNI dan Polri dapat menjaga keamanan selama Pilkada 2024.", []),
    ("Bupati mengingatkan, TNI dan Polri punya tugas mengamankan Pemilu 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_forces_first_after_comma(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
