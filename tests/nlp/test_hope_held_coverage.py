"""Probe list of a hope put as a noun the speaker holds or leaves ("memiliki harapan agar ASN ...", "punya harapan
kepada PNS untuk ...", "menitipkan harapan agar pegawai ..."): it asks whom it names, as "berharap" does. Beside them,
the same hope about no civil servant, or held by civil servants for themselves, which asks no one. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Wali Kota memiliki harapan agar para ASN tidak terseret arus dukung-mendukung pada Pilkada 2024.", True),
    ("\"Kami punya harapan supaya seluruh PNS tetap netral sampai Pilkada 2024 usai,\" ujar Sekda.", True),
    ("Kepala BKD mempunyai harapan kepada para guru untuk tidak mengunggah dukungan jelang Pilkada 2024.", True),
    ("Gubernur menitipkan harapan agar pegawai di lingkungan Pemprov menjauhi politik praktis selama Pilkada 2024.",
     True),
    # the same hope with no civil servant asked
    ("Wali Kota memiliki harapan agar Pilkada 2024 berjalan aman dan tertib.", False),
    ("Para pedagang punya harapan supaya calon terpilih membangun pasar baru setelah Pilkada 2024.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_hope_held_asks_whom_it_names(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
