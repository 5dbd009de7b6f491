"""Probe list of posts inside a ministry's directorate-general written with the ministry's name after the unit's
("Sekretaris Ditjen ... Kemendagri", "Direktur ... Direktorat Jenderal ... Kementerian Dalam Negeri"): the official
belongs to the ministry, as the Dirjen does. Negatives: the unit written with no ministry after it keeps the unit,
and a ministry's regional office named after the directorate-general keeps that office. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, the official's name, the agency the analysis must give)
FORMS: list[tuple[str, str, str]] = [
    ("Sekretaris Ditjen Polpum Kemendagri Rudi Hartono mengingatkan ASN agar netral dalam Pilkada 2024.",
     "Rudi Hartono", "Kementerian Dalam Negeri"),
    ("Direktur Kewaspadaan Nasional Ditjen Polpum Kemendagri Rudi Hartono meminta ASN tidak berpihak pada Pemilu 2024.",
     "Rudi Hartono", "Kementerian Dalam Negeri"),
    ("Sekretaris Direktorat Jenderal Otonomi Daerah Kementerian Dalam Negeri Rudi Hartono meminta ASN menjaga "
     "netralitas dalam Pilkada 2024.", "Rudi Hartono", "Kementerian Dalam Negeri"),
    ("Kasubdit Fasilitasi Pemilu Ditjen Polpum pada Kemendagri Rudi Hartono menegaskan ASN wajib netral pada "
     "Pilkada 2024.", "Rudi Hartono", "Kementerian Dalam Negeri"),
    # the unit alone: no ministry named after it
    ("Sekretaris Ditjen Polpum Rudi Hartono mengingatkan ASN agar netral dalam Pilkada 2024.",
     "Rudi Hartono", "Direktorat Jenderal Politik dan Pemerintahan Umum"),
    # a regional office of a directorate-general is that office's
    ("Kepala Kanwil Ditjen Pajak Jawa Timur Rudi Hartono meminta pegawainya netral pada Pemilu 2024.",
     "Rudi Hartono", "Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, *_ in FORMS])


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:60]))
def test_a_directorate_general_post_takes_the_ministry_named_after_it(analysed: list, k: int, text: str,
                                                                      name: str, agency: str) -> None:
    found = [o.agency for o in analysed[k].officials if o.name == name]
    assert found == [agency]
