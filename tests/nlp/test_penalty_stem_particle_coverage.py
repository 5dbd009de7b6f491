"""Probe list of a penalty's bare stem told to whoever punishes, closed by a particle of "just do it" ("Kalau ada
camat yang curang, pecat saja", "berhentikan aja", "tegur sajalah"): a sanction, as "copot saja" already is through
its own cue. "hukum saja" is the law, not a stem of punishing, and a stem negated ("Jangan asal pecat saja") threatens
nobody. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bupati meminta seluruh ASN menjaga netralitas selama Pilkada 2024."

THREATS: list[str] = [
    'Kalau ada lurah yang ketahuan menggiring warga ke calon tertentu, pecat saja.',
    'Kepala sekolah yang menyuruh guru ikut deklarasi calon berhentikan aja dari jabatannya.',
    'Pegawai yang menempel stiker calon di mobil dinas tegur sajalah, jangan ditunda.',
    'Jika ada camat yang memakai kendaraan dinas untuk kampanye, nonaktifkan saja.',
]

NONE: list[str] = [
    'Jangan asal pecat saja, setiap pegawai harus diperiksa dulu oleh inspektorat.',
    'Perselisihan batas desa itu urusan hukum saja, bukan urusan panitia pemilihan.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same opening line."""
    return analyse_all([f"{CONTEXT} {t}" for t in THREATS + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(THREATS)), ids=[t[:48] for t in THREATS])
def test_a_penalty_stem_closed_by_a_particle_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], THREATS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_the_law_or_a_negated_stem_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(THREATS) + k], NONE[k])
