"""The head of a school named by the school's level ('kepala SMA', 'kepala SD dan SMP', 'kepala madrasah') and the
schools' inspectors ('pengawas sekolah') are civil servants a directive addresses, as 'kepala sekolah' is; the pupils
of those schools stay outsiders."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemungutan suara Pilkada 2024 digelar pada 27 November. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kepala dinas meminta para kepala SMA dan SMK agar tidak ikut berkampanye.", ("appeal",)),
    ("Bupati mengingatkan kepala SD dan SMP se-Kabupaten Bantul untuk tidak memihak.", ("appeal",)),
    ("Seluruh kepala madrasah diimbau menjaga jarak dengan para calon.", ("appeal",)),
    ("Para pengawas sekolah dilarang mengarahkan guru memilih calon tertentu.", ("prohibition",)),
    ("Kepala dinas meminta siswa SMA menggunakan hak pilihnya.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after a context that names no civil servant."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_school_heads_are_addressed(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
