"""Probe list of penalties said not to have followed: none found so far ("belum ditemukan pelanggaran yang berujung
sanksi"), or not one that comes by itself ("tidak serta merta dijatuhi sanksi"); the read gold gives neither form a
sanction (2 outlets). A violation found, or a penalty that will follow it, still threatens one. Sentences are our own;
all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

NOT_FOUND: list[str] = [
    'Sejauh ini belum ditemukan pelanggaran ASN yang berujung sanksi pada Pilkada 2024.',
    'Hingga kini tidak ditemukan ASN yang dijatuhi hukuman disiplin terkait Pilkada 2024.',
    'Di kabupaten itu tak ditemukan pelanggaran berat yang berujung pidana pada Pemilu 2024.',
    'ASN itu tidak serta merta dijatuhi sanksi, karena harus melalui pemeriksaan dulu terkait Pilkada 2024.',
    'Pelanggaran netralitas pada Pilkada 2024 tak serta-merta berujung pemecatan ASN.',
]

STILL: list[str] = [
    'Jika ditemukan ASN berkampanye pada Pilkada 2024, ASN itu akan dijatuhi sanksi tegas.',
    'Bawaslu menemukan ASN yang berkampanye pada Pilkada 2024, dan ASN itu langsung dijatuhi sanksi.',
    'ASN yang tidak netral pada Pilkada 2024 pasti akan dijatuhi hukuman disiplin berat.',
    'Sanksi bagi ASN yang berkampanye pada Pilkada 2024 sudah ada dalam PP 94 dan akan ditegakkan.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(NOT_FOUND + STILL, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(NOT_FOUND)), ids=[t[:48] for t in NOT_FOUND])
def test_a_penalty_not_found_is_no_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], NOT_FOUND[k]) == set()


@pytest.mark.parametrize("k", range(len(STILL)), ids=[t[:48] for t in STILL])
def test_a_penalty_that_follows_stays_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(NOT_FOUND) + k], STILL[k]) == {"sanction"}
