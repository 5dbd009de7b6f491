"""A telling verb or noun whose civil servants come after the forces listed first ("memberikan pesan kepada TNI, Polri
dan ASN untuk ...", "penting bagi TNI-Polri serta ASN untuk ...") asks the civil servants as the other order does;
the forces told alone ask no civil servant. Sentences are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("Bupati memberikan pesan kepada TNI, Polri dan ASN untuk tidak memihak pada Pilkada 2024.", ["appeal"]),
    ("Menurut Wali Kota, penting bagi TNI-Polri serta seluruh ASN untuk tetap netral pada Pilkada 2024.", ["appeal"]),
    ("Sekda menyampaikan kepada anggota Polri dan PNS untuk menjaga netralitas selama Pemilu 2024.", ["appeal"]),
    ("Gubernur mewarning TNI, Polri dan ASN untuk tidak ikut kampanye pada Pilkada 2024.", ["appeal"]),
    # the forces alone told, or thanked: no request to civil servants
    ("Dandim memberikan pesan kepada anggota TNI untuk tidak memihak pada Pilkada 2024.", []),
    ("Bupati menyampaikan kepada TNI dan Polri terima kasih atas pengamanan Pilkada 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_forces_listed_first_told(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
