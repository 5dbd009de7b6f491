"""Probe list of the chance to attend or to listen held or got by civil servants ("punya kesempatan mendengar",
"memiliki kesempatan untuk menghadiri", "mendapat kesempatan menyimak"): leave, as "diberi kesempatan" is. Not the
public's chance to vote, a chance to train, nor the chance denied. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = {"permission"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Kata Kepala BKD, ASN punya kesempatan mendengar paparan program para cabup pada Pilkada 2024.", LEAVE),
    ("Kata Kepala BKD, PNS memiliki kesempatan untuk menghadiri kampanye terbuka sebagai pendengar di Pilkada 2024.",
     LEAVE),
    ("Kata Kepala BKD, pegawai mendapat kesempatan menyimak debat calon gubernur pada Pilkada 2024.", LEAVE),
    # look-alikes: the public's chance, a chance to train, the chance denied
    ("Kata Ketua KPU, pada Pilkada 2024 warga memiliki kesempatan untuk memilih pemimpinnya.", set()),
    ("Kata Kepala BKD, ASN punya kesempatan mengikuti pelatihan kepemimpinan menjelang Pilkada 2024.", set()),
    ("Kata Kepala BKD, ASN tidak punya kesempatan hadir di kampanye Pilkada 2024 karena jam kerja.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_held_chance_to_attend_is_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
