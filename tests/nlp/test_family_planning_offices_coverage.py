"""The population and family planning agency's office in a province, named with "Perwakilan" before or after the
agency: each sentence (our own words) names one holder, read by name with the province's office. Negative: the
agency's own head, "Kepala BKKBN", in a story that names a province's office too, stays the national agency's."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

NATIONAL = "Badan Kependudukan dan Keluarga Berencana Nasional"

# (sentence, holder, institution)
FORMS = [
    ("Kepala Perwakilan BKKBN Sulawesi Tengah, Maria Agustina, meminta pegawainya netral.", "Maria Agustina",
     "Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Sulawesi Tengah"),
    ("Plt Kepala Perwakilan BKKBN NTT, Yohanes Bria, mengingatkan ASN agar tidak berkampanye.", "Yohanes Bria",
     "Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Nusa Tenggara Timur"),
    ("Kepala Perwakilan BKKBN Jawa Barat Dodi Kurnia meminta ASN netral. Kepala BKKBN Hasto Wardoyo hadir dalam apel "
     "itu.", "Hasto Wardoyo", NATIONAL),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_head_is_read_with_the_right_office(results, index: int, holder: str, institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution
