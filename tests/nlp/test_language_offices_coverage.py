"""The language agency's office in a province, a "Balai Bahasa" or a "Kantor Bahasa", named by the province in full
or short: each sentence (our own words) names one holder, read by name with the province's office. Negatives: the
words with no province after them, or in lower case, name no office."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, holder, institution)
FORMS = [
    ("Kepala Balai Bahasa Provinsi Jawa Timur, Umi Kulsum, meminta pegawainya tetap netral.", "Umi Kulsum",
     "Balai Bahasa Provinsi Jawa Timur"),
    ("Kepala Balai Bahasa Sulsel Andi Amir mengingatkan ASN agar tidak berkampanye.", "Andi Amir",
     "Balai Bahasa Provinsi Sulawesi Selatan"),
    ("Kepala Kantor Bahasa Provinsi Maluku Utara, Rina Hasan, mengajak ASN menjaga netralitas.", "Rina Hasan",
     "Kantor Bahasa Provinsi Maluku Utara"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negatives last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Lomba itu digelar di aula Balai Bahasa. Lurah Sukamaju Rina meminta warga hadir.",
        "Ia kursus bahasa Inggris di kantor bahasa swasta dekat rumahnya."], published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_language_office_head_is_read_with_the_office(results, index: int, holder: str,
                                                           institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_no_province_names_no_language_office(results) -> None:
    for analysis in results[len(FORMS):]:
        assert not [a for a in analysis.agencies if "Bahasa" in a.agency], analysis.agencies
