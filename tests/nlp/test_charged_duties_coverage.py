"""A duty charged to civil servants in the passive of 'mengamanatkan' (also spelt 'mengamanahkan') with their conduct
right after it and no link ('ASN diamanatkan tidak berpihak', 'diamanatkan bersikap netral', 'diamanahkan untuk menjaga
netralitas') is an obligation, as 'diamanatkan untuk ...' is; where the duty is charged ('sebagaimana diamanatkan dalam
UU ASN') or a task entrusted ('tugas yang diamanahkan') stays none, as in the read gold."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

# (sentence, the kinds of directive it gives alone)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("ASN diamanatkan tidak berpihak kepada calon mana pun dalam Pilkada 2024.", ("obligation",)),
    ("Setiap pegawai diamanatkan bersikap netral selama Pilkada 2024.", ("obligation",)),
    ("Para PNS diamanatkan menjaga jarak dengan politik praktis selama Pilkada 2024.", ("obligation",)),
    ("ASN diamanahkan untuk menjaga netralitas dalam Pilkada 2024.", ("obligation",)),
    ("PNS diamanahkan tidak memihak kepentingan siapa pun dalam Pilkada 2024.", ("obligation",)),
    ("Netralitas ASN diamanatkan dalam UU ASN menjelang Pilkada 2024.", ()),
    ("ASN menjalankan tugas yang diamanahkan negara selama Pilkada 2024.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_charged_duty_with_its_conduct_is_an_obligation(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
