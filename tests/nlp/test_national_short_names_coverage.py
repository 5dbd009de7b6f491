"""Probe list of national bodies under the short names outlets give them: the population registry's
directorate-general by its field's short name with the ministry's ("Dukcapil Kemendagri") or under its full head
with the short field ("Direktorat Jenderal Dukcapil"), the civil-service commission under its first word misnamed
and written short ("Komite ASN"). A regional population office by its region stays regional. In our own words,
analysed in one batch."""

from __future__ import annotations

import pytest

DITJEN = "Direktorat Jenderal Kependudukan dan Pencatatan Sipil"
KASN = "Komisi Aparatur Sipil Negara"

# (text, a body it must name, a body it must not name)
FORMS = [
    ("Bawaslu mencocokkan nama ASN yang dilaporkan dengan data Dukcapil Kemendagri.", DITJEN,
     "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Surat soal netralitas pegawai dikirim Direktorat Jenderal Dukcapil ke seluruh daerah.", DITJEN,
     "Kementerian Dalam Negeri"),
    ("Warga melaporkan camat yang berkampanye ke Komite ASN pekan lalu.", KASN, ""),
    ("Pegawai Dukcapil Kabupaten Sumedang diminta netral dalam Pilkada.",
     "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sumedang", DITJEN),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-03-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_a_national_body_by_its_short_name(analysed: list, k: int, text: str, named: str, not_named: str) -> None:
    found = {m.agency for m in analysed[k].agencies}
    assert named in found
    assert not_named not in found
