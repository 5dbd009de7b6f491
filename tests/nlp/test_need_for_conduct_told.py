"""The need for civil servants' conduct stressed ("menekankan perlunya ASN menjaga netralitas") asks it of them as its
importance does ("menekankan pentingnya ASN ..."), also with the forces listed first; the need for something else
("perlunya pengawasan terhadap ASN", "perlunya sinergi dalam menjaga netralitas ASN") asks no conduct of them.
Sentences are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("Ketua Bawaslu menekankan perlunya seluruh ASN menjaga netralitas selama Pilkada 2024.", ["appeal"]),
    ("Sekda kembali menegaskan perlunya TNI/Polri dan ASN tidak memihak pada Pemilu 2024.", ["appeal"]),
    ("Bupati menekankan perlunya PNS tetap netral menjelang Pilkada 2024.", ["appeal"]),
    # the need for a thing, not for their conduct
    ("Bupati menekankan perlunya pengawasan terhadap ASN selama Pilkada 2024.", []),
    ("Kemendagri menekankan perlunya sinergi dalam menjaga netralitas ASN pada Pemilu 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_need_for_conduct_told(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
