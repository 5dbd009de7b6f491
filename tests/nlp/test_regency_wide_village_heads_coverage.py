"""A village or district head's title followed straight by a regency or province ("Ketua Forum Kepala Desa
Kabupaten X, Budi", "Ketua Asosiasi Kepala Desa (AKD) Kabupaten X, Budi") names the heads of that region's villages,
through an association of them: no village is called "Kabupaten X", so no village government is read from it. A
village named before its regency ("Kepala Desa Sukamaju Kabupaten X, Budi") and a ward or village whose name opens
with "Kota" ("Lurah Kota Baru, Budi") keep theirs."""

from __future__ import annotations

import pytest

# (sentence in our own words, a body it must name or None, a body it must not name or None)
PROBES: list[tuple[str, str | None, str | None]] = [
    ("Ketua Paguyuban Kepala Desa Kabupaten Blora, Sugeng Riyadi, mengajak para kades dan ASN menjaga netralitas "
     "dalam Pilkada 2024.", None, "Desa Kabupaten Blora"),
    ("Ketua Asosiasi Kepala Desa (AKD) Kabupaten Lamongan, Hadi Susanto, meminta ASN dan kades tidak berpihak "
     "pada Pilkada 2024.", None, "Desa Kabupaten Lamongan"),
    ("Kepala Desa Sidorejo Kabupaten Blora, Sugeng Riyadi, dilaporkan ke Bawaslu karena mengajak ASN mendukung "
     "calon bupati.", "Desa Sidorejo", None),
    ("Lurah Kota Baru, Hendra Wijaya, dilaporkan ke Bawaslu Kota Jambi karena mengajak ASN mendukung calon wali "
     "kota.", "Kelurahan Kota Baru", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_regency_after_a_village_title_names_no_village(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body is None or body in names
    assert not_body not in names
