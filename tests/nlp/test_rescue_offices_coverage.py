"""Probe list of the search and rescue agency's local offices, named by their town after their class or not: each
sentence (our own words) names one holder, who must be read by name with the office (the town is the office's, not
the holder's name). Negative: the office named with no town is no institution of its own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, holder, institution)
FORMS = [
    ("Kepala Kantor SAR Kendari Aris Munandar mengimbau pegawainya tetap netral dalam pemilu.", "Aris Munandar",
     "Kantor Pencarian dan Pertolongan Kendari"),
    ("Kepala Kantor Pencarian dan Pertolongan Kelas A Semarang, Dwi Haryanto, meminta ASN tidak berkampanye.",
     "Dwi Haryanto", "Kantor Pencarian dan Pertolongan Kelas A Semarang"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negative last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Petugas dari kantor SAR setempat ikut mencari korban. Lurah Sukamaju Rina meminta warga tenang."],
        published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_rescue_office_head_is_read_with_the_office(results, index: int, holder: str, institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_the_office_with_no_town_is_no_institution(results) -> None:
    assert not [a for a in results[-1].agencies if "Pertolongan" in a.agency], results[-1].agencies
