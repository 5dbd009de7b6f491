"""The law ministry's regional office under the short forms regional press and the office's releases use: the name
fused ("Kanwilkumham X") or the ministry shortened to "Kumham" ("Kanwil Kumham X"), and its head's fused title
("Kakanwilkumham X"): each sentence (our own words) names one holder, read by name with the province's office.
Negative: the fused form with no province is no regional office."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

JATIM = "Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur"

# (sentence, holder, institution)
FORMS = [
    ("Kepala Kanwilkumham Jatim, Hendra Gunawan, mengingatkan pegawai agar netral.", "Hendra Gunawan", JATIM),
    ("Kadiv Administrasi Kanwilkumham Jawa Timur Lina Marlina meminta ASN tidak berkampanye.", "Lina Marlina", JATIM),
    ("Kakanwilkumham NTB, Made Arya, mengajak pegawai menjaga netralitas.", "Made Arya",
     "Kantor Wilayah Kementerian Hukum dan HAM Nusa Tenggara Barat"),
    ("Kepala Kanwil Kumham Kalbar, Yusuf Hamdani, meminta jajarannya netral.", "Yusuf Hamdani",
     "Kantor Wilayah Kementerian Hukum dan HAM Kalimantan Barat"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negative last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Seluruh pegawai Kanwilkumham diminta netral dalam pemilu."], published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_short_form_head_is_read_with_the_office(results, index: int, holder: str, institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_the_fused_form_alone_is_no_regional_office(results) -> None:
    assert not [a for a in results[-1].agencies if a.agency.startswith("Kantor Wilayah")], results[-1].agencies
