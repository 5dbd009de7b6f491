"""Probe list of a ministry's full name written alone right after a word of its staff ('ASN Kementerian Agama',
'pegawai di lingkungan Kementerian Agama', 'karyawan Kementerian Agama') in a story naming one of its regional
offices: read as its short name alone already is ('ASN Kemenag'), the staff of that office, no mention of the
ministry, as the read gold gives 3 such stories of 4. In a story naming no such office, after a national office's
title, or as the issuer of a circular, the ministry stays listed. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

KA = "Kementerian Agama"
SIMALUNGUN = "Kantor Kementerian Agama Kabupaten Simalungun"
SULSEL = "Kantor Wilayah Kementerian Agama Provinsi Sulawesi Selatan"
S = " Seluruh ASN diminta menjaga netralitas pada Pilkada 2024."

# (text, bodies that must be listed, bodies that must not)
FORMS = [
    ("Kepala Kantor Kemenag Kabupaten Simalungun Budi Santoso mengumpulkan pegawainya. Ia meminta ASN Kementerian "
     "Agama tidak ikut politik praktis." + S, (SIMALUNGUN,), (KA,)),
    ("Kepala Kanwil Kemenag Sulawesi Selatan Budi Santoso meminta seluruh pegawai di lingkungan Kementerian Agama "
     "tidak berpihak." + S, (SULSEL,), (KA,)),
    ("Kepala Kantor Kementerian Agama Kabupaten Simalungun, Budi Santoso, mengingatkan karyawan Kementerian Agama "
     "agar netral." + S, (SIMALUNGUN,), (KA,)),
    ("Dalam apel pagi di Kantor Kemenag Kabupaten Simalungun, PNS Kementerian Agama diminta tidak memihak." + S,
     (SIMALUNGUN,), (KA,)),
    pytest.param("Kakankemenag Simalungun Budi Santoso mengingatkan karyawan Kementerian Agama agar netral." + S,
                 (), (KA,), marks=pytest.mark.xfail(strict=True, reason="form not covered yet: an office's title "
                                                                        "alone places no bare name ('karyawan "
                                                                        "Kemenag' neither)")),
    # look-alikes: a national story, a regency's story naming no such office, a national office, a circular
    ("Menteri Agama meminta seluruh ASN Kementerian Agama netral dalam Pemilu 2024.", (KA,), ()),
    ("Bupati Simalungun Budi Santoso meminta ASN Kementerian Agama netral dalam Pilkada.", (KA,), ()),
    ("Kepala Kantor Kemenag Kabupaten Simalungun Budi Santoso meminta ASN netral. Sekjen Kementerian Agama juga "
     "meminta hal yang sama." + S, (KA, SIMALUNGUN), ()),
    ("Kepala Kantor Kemenag Kabupaten Simalungun Budi Santoso meminta ASN netral, sesuai surat edaran Kementerian "
     "Agama." + S, (KA, SIMALUNGUN), ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_ministrys_staff_are_its_regional_offices(analysed: list, k: int, text: str, listed: tuple[str, ...],
                                                    unlisted: tuple[str, ...]) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    assert agencies >= set(listed)
    assert not agencies & set(unlisted)
