"""Probe list of the friendly address in its spoken spelling ("temen-temen ASN") before the civil servants a hope, a
request or an inverted passive asks: read past as the written "teman-teman" is, now that the tokenizer keeps it one
word as it keeps that one. Beside them, the same address before someone else ("temen-temen media", "temen-temen
relawan"), which asks no civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    ("\"Saya berharap temen-temen ASN tidak ikut berswafoto dengan calon selama Pilkada 2024,\" ujar Sekda.", True),
    ("\"Semoga temen-temen PNS di sini tetap netral sampai Pilkada 2024 selesai,\" kata Wali Kota.", True),
    ("Kepala BKD menyampaikan kepada temen-temen ASN untuk menjauhi politik praktis jelang Pilkada 2024.", True),
    ("\"Diharapkan Temen-temen guru tidak membagikan konten calon di grup sekolah,\" kata Kadisdik.", True),
    # the same address before someone else
    ("\"Saya berharap temen-temen media ikut mengawasi jalannya Pilkada 2024,\" ujar Sekda.", False),
    ("\"Semoga temen-temen relawan tetap solid sampai Pilkada 2024 selesai,\" kata calon bupati.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_the_spoken_friendly_address_is_read_past(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
