"""The head of one of the regional government's own offices named by title and region ('Kepala BPBD Sleman', 'Kadisdik
Bantul', 'Kepala Bapenda Kota Bekasi') is a civil servant whom a request asks, as the object of an active request
and as the title opening a passive one, for every office kind of the regional registry; the heads of other regional
bodies (police, election bodies, parliament, Satpol PP) and the head who speaks stay to the sentence's other words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemungutan suara Pilkada 2024 digelar pada 27 November. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Bupati meminta Kepala BPBD Sleman agar tidak ikut berkampanye.", ("appeal",)),
    ("Wali Kota mengingatkan Kepala Bapenda Kota Bekasi untuk tidak memihak calon mana pun.", ("appeal",)),
    ("Kadisdik Bantul diimbau agar tidak terlibat politik praktis selama tahapan pemilihan.", ("appeal",)),
    ("Kepala Dinsos Kabupaten Gresik diminta menjaga jarak dengan semua pasangan calon.", ("appeal",)),
    ("Bupati meminta Kapolres Sleman agar menjaga keamanan selama kampanye.", ()),
    ("Ketua KPU Sleman diminta bekerja profesional selama tahapan pemilihan.", ()),
    ("Kepala BPBD Sleman meminta warga tetap waspada terhadap banjir.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after a context that names no civil servant."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_office_heads_are_addressed(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
