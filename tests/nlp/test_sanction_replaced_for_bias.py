"""An official replaced for bias is penalised: the minister replacing acting regents who took sides, a head
replacing the camat or the civil servants who are not neutral ("Mendagri sudah mengganti dua penjabat kepala daerah
yang tidak netral", "Camat yang berpihak akan kami ganti"). Replacing is a penalty only where the bias is named near
it: an office changing hands ("Bupati digantikan Pjs karena maju Pilkada"), a thing swapped, a loss made good, a
head retiring or one replaced for refusing to take sides threatens no one. Sentences are our own; each follows a
line addressing civil servants, and only the last sentence is checked."""

from __future__ import annotations

import pytest

from tests.nlp.probes import by_group, sentence_kinds

CONTEXT = "Gubernur mengingatkan ASN agar menjaga netralitas pada Pilkada 2024."

REPLACED: list[str] = [
    "Mendagri sudah mengganti dua penjabat kepala daerah yang tidak netral.",
    "Kemendagri akan mengganti tiga penjabat kepala daerah karena tak netral.",
    "Camat yang berpihak akan kami ganti.",
    "Kepala dinas yang tidak netral akan diganti.",
    "Dua camat itu digantikan setelah terbukti melanggar netralitas.",
    "Kalau ada lurah yang memihak, langsung saya ganti.",
    "Penggantian camat yang tidak bersikap netral itu diputuskan kemarin.",
]

NOT_REPLACED: list[str] = [
    "Bupati digantikan Pjs selama cuti kampanye.",
    "Spanduk yang rusak akan diganti pekan depan.",
    "Kerugian warga akan diganti pemerintah daerah.",
    "Pj bupati yang baru menggantikan pejabat lama bulan lalu.",
    "Jadwal apel diganti menjadi hari Senin.",
    "Kepala dinas itu akan diganti karena memasuki masa pensiun.",
    "Camat yang lama sudah diganti sejak awal tahun.",
    "Petahana mengganti kepala dinas yang tidak mau berpihak kepadanya.",
    "Lurah yang enggan memihak calon itu diganti seusai pilkada.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, list]:
    """Every probe analysed in one call, by list."""
    groups = {"replaced": [f"{CONTEXT} {t}" for t in REPLACED],
              "not_replaced": [f"{CONTEXT} {t}" for t in NOT_REPLACED]}
    return by_group(analyse_all, groups, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(REPLACED)), ids=[t[:48] for t in REPLACED])
def test_an_official_replaced_for_bias_is_a_sanction(analysed: dict, k: int) -> None:
    assert sentence_kinds(analysed["replaced"][k], REPLACED[k]) == {"sanction"}


@pytest.mark.parametrize("k", range(len(NOT_REPLACED)), ids=[t[:48] for t in NOT_REPLACED])
def test_a_replacement_without_bias_is_no_sanction(analysed: dict, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed["not_replaced"][k], NOT_REPLACED[k])
