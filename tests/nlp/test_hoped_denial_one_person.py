"""Probe list of hopes that not one civil servant does something, "one (person)" fused or spelt out ("berharap tidak
ada satupun ASN yang ...", "seorangpun", "satu orangpun", "satu orang pun"): those denied are whom the hope asks, as
with "satu pun" and "seorang". Not one of the public named there is asked nothing. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Wali Kota berharap tidak ada satupun ASN yang mendukung pasangan calon pada Pilkada 2024.", A),
    ("Sekda berharap tak ada seorangpun pegawai yang hadir di kampanye Pilkada 2024.", A),
    ("Kami harap tidak ada satu orangpun PNS yang memasang baliho calon pada Pilkada 2024.", A),
    ("Bupati berharap tidak ada satu orang pun ASN yang menjadi tim sukses pada Pilkada 2024.", A),
    ("Ketua KPU berharap tidak ada satupun warga yang golput pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_hope_that_not_one_of_them_does_it_asks_them(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
