"""A modal whose subject is an institution the text names, alone or listed, with no civil servant named ('BKN juga
harus segera memeriksa laporan itu', 'Makanya Pemkab Sleman harus menjelaskan ...', 'bahwa Kemendagri dan KASN harus
tetap ...') states the body's own task: no obligation, nor one the context's addressee takes, as the read gold gives
none to 4 of the 5 such sentences. A state of conduct asked of the body ('BKD harus tegas', 'Pemkot harus netral'),
and the civil servants named with or in it, still bind."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengingatkan seluruh ASN agar menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("BKN juga harus segera memeriksa laporan tentang mutasi pejabat itu.", ()),
    ("Makanya Pemkab Sleman harus menjelaskan alasan perubahan jadwal apel itu.", ()),
    ("Ia menilai bahwa Kemendagri dan KASN harus tetap bisa menjaga kewibawaan lembaga.", ()),
    ("Untuk itu, Kemendagri perlu mengevaluasi kinerja para penjabat kepala daerah.", ()),
    ("Pemkot Bontang wajib menyiapkan anggaran pengamanan pilkada.", ()),
    # a state of conduct asked of the body, or the civil servants named: obligations still
    ("BKD harus tegas terhadap pegawai yang melanggar.", ("obligation",)),
    ("Pemkab Sleman harus netral selama tahapan pilkada.", ("obligation",)),
    ("ASN Pemkot Bontang wajib menjaga netralitas sampai hari pencoblosan.", ("obligation",)),
    ("Pemkab Sleman dan seluruh ASN harus menghindari politik praktis.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_an_institutions_own_task_binds_no_civil_servant(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
