"""The customs service's regional offices, one per province or numbered after a large one, under the service's
names ("Kanwil DJBC", "Kanwil Bea (dan) Cukai", "Kantor Wilayah Direktorat Jenderal Bea dan Cukai"): each sentence
(our own words) names one holder, read by name with the province's office. Negatives: the directorate general alone,
and the regional office with no province, stay the national body."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

JATIM_I = "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur I"

# (sentence, holder, institution)
FORMS = [
    ("Kepala Kanwil DJBC Aceh, Teuku Rizal, meminta pegawai menjaga netralitas.", "Teuku Rizal",
     "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Aceh"),
    ("Kabid Kepatuhan Internal Kanwil Bea dan Cukai Jawa Timur I, Sari Dewi, mengingatkan ASN netral.", "Sari Dewi",
     JATIM_I),
    ("Kepala Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur I, Bambang Irawan, meminta pegawai netral.",
     "Bambang Irawan", JATIM_I),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negatives last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Direktorat Jenderal Bea dan Cukai meminta seluruh pegawai netral dalam pemilu.",
        "Pegawai di kanwil bea cukai diminta netral oleh Kepala Desa Sukamaju Budi."], published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_regional_customs_head_is_read_with_the_office(results, index: int, holder: str,
                                                            institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_no_province_names_no_regional_customs_office(results) -> None:
    for analysis in results[len(FORMS):]:
        assert not [a for a in analysis.agencies if a.agency.startswith("Kantor Wilayah")], analysis.agencies
