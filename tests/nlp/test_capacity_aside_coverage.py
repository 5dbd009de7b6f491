"""Probe list of an aside of capacity set off by commas right after a hope or a request ("berharap, sebagai aparatur
sipil negara, pegawai tidak ...", "mengimbau, selaku abdi negara, seluruh PNS agar ..."): whom it asks is named after
its closing comma, as after an aside of time. Beside them, the same aside before someone who is no civil servant,
which asks no one. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Kepala BKD berharap, sebagai abdi negara, para guru tidak membagikan konten calon selama Pilkada 2024.", True),
    ("Sekda mengimbau, selaku aparatur sipil negara, seluruh pegawai Pemkot menjauhi politik praktis di Pilkada 2024.",
     True),
    ("Wali Kota meminta, sebagai pelayan masyarakat, ASN tidak ikut berswafoto dengan calon pada Pilkada 2024.", True),
    # the same aside before someone else
    ("Bupati berharap, sebagai kepala daerah, masyarakat datang ke TPS pada Pilkada 2024.", False),
    ("Bupati berharap, sebagai pemimpin, dirinya bisa memberi contoh baik selama Pilkada 2024.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_capacity_aside_is_read_past(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
