"""Probe list of request nouns whose addressee follows the spoken "ke" for "kepada" ("melakukan imbauan ke seluruh
ASN agar ...", "seruan ke para camat untuk ..."), as after the verbs of telling; beside them, the same nouns
where "ke" names a place or an outsider ("ajakan ke TPS", "imbauan ke para paslon agar santun"), which ask no civil
servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Kami sudah melakukan imbauan ke seluruh ASN agar tidak berpolitik praktis menjelang Pilkada 2024.", True),
    ("Sekda menyampaikan himbauan ke para pegawai di lingkungan pemkab supaya netral dalam Pilkada 2024.", True),
    ("Bupati menyampaikan seruan ke para camat untuk tidak memihak pasangan calon pada Pilkada 2024.", True),
    ("Kepala BKD mengeluarkan instruksi ke semua PNS agar tidak menghadiri kampanye Pilkada 2024.", True),
    # "ke" before a place or before those who are no civil servants asks none of them
    ("KPU memasang baliho ajakan ke TPS di setiap kelurahan menjelang Pilkada 2024.", False),
    ("Bawaslu menyampaikan imbauan ke para paslon agar berkampanye dengan santun pada Pilkada 2024.", False),
    ("Petugas Bawaslu membawa berkas imbauan ke Jakarta sepekan sebelum Pilkada 2024.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_request_noun_asks_whom_ke_names(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
