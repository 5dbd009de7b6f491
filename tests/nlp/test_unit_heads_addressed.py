"""The units of a government under the names regions and ministries give them beside OPD/SKPD (Jakarta's UKPD,
Aceh's SKPA/SKPK, a ministry's satker) and the heads of an institution ('pimpinan instansi', 'kepala satker') are
civil servants whom a request addresses, as 'kepala OPD' already is; a unit asked for other business, or a bare
'satuan kerja' of no government, stays no directive."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemungutan suara Pilkada 2024 digelar pada 27 November. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Wali Kota meminta para kepala UKPD menjaga netralitas selama Pilkada 2024.", ("appeal",)),
    ("Gubernur berharap seluruh Satuan Kerja Perangkat Aceh tidak ikut berpolitik praktis.", ("appeal",)),
    ("Bupati mengingatkan kepala SKPK agar bersikap netral menjelang pencoblosan.", ("appeal",)),
    ("Menteri meminta pimpinan instansi tidak memihak calon mana pun dalam Pilkada 2024.", ("appeal",)),
    ("Kakanwil mengimbau seluruh kepala satker untuk bersikap netral pada pemilihan nanti.", ("appeal",)),
    ("Bupati meminta satuan kerja terkait menyiapkan gudang logistik pemilihan.", ()),
    ("Kapolda meminta pimpinan partai menjaga ketertiban selama kampanye.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after a context that names no civil servant."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_unit_heads_are_addressed(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
