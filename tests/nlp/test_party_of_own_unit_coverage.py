"""Probe list of "pihak" (the side of) before a unit of the government's own staff, which names that unit as whom a
request asks ("mengajak pihak pemdes untuk ...", "meminta pihak kecamatan agar ..."), as it would be without the
word. Negatives: "pihak" before outsiders (security, organisers), and "semua pihak" alone, stay someone else.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Camat Sukamaju mengajak pihak pemdes untuk tidak berpihak pada Pilkada 2024 demi netralitas ASN.", A),
    ("Bupati meminta pihak kelurahan agar tidak memihak calon mana pun dalam Pilkada 2024, seperti halnya ASN.", A),
    ("Sekda mengajak pihak pemerintah desa supaya menjaga netralitas selama Pilkada 2024, sama dengan ASN.", A),
    ("Bupati meminta pihak keamanan agar menjaga ketertiban selama kampanye Pilkada 2024 di depan para ASN.", set()),
    ("Bupati meminta pihak penyelenggara untuk bekerja jujur pada Pilkada 2024 sementara ASN tetap netral.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_side_of_an_own_unit_is_that_unit(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
