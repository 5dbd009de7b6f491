"""Probe list: the election commission's ad hoc bodies written out in full (the district and village committees, the
polling-station groups, the voter-list officers) are outsiders, as their short names (PPS, KPPS, Pantarlih) already
are: a request, a ban or a duty addressed to them alone is none to civil servants; civil servants named with them, or
alone, are still addressed. Sentences are our own; all texts are analysed in one batch after a sentence naming the
civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Netralitas ASN kabupaten menjadi sorotan menjelang pemungutan suara pilkada."

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Ketua KPU meminta Panitia Pemilihan Kecamatan agar tidak memihak.", ()),
    ("KPU kabupaten mengingatkan Kelompok Penyelenggara Pemungutan Suara di tiap desa agar bekerja jujur.", ()),
    ("Komisioner itu melarang Panitia Pemilu Kecamatan bertemu tim sukses calon.", ()),
    ("KPU mengimbau Panitia Pemungutan Suara agar menjaga integritas.", ()),
    # civil servants named, with the committees or alone
    ("Ketua KPU meminta Panitia Pemungutan Suara dan seluruh ASN desa agar tidak memihak.", ("appeal",)),
    ("Bupati meminta seluruh ASN agar tidak memihak kepada pasangan calon.", ("appeal",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_adhoc_full_names(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
