"""Probe list of degrees written without stops after a holder's name that were read as part of it: the diploma
('AMd', 'STr', 'Dipl') and the degrees of the health, psychology and notary professions ('SKep', 'MKep', 'SKed',
'SFarm', 'Apt', 'SPsi', 'MPsi', 'MKn'), which heads of health offices and health centres write, after the title and
before it. Each text (our own words) must give the name alone, as the gold writes names (degrees dropped), with the
institution served. All are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "mengingatkan tenaga kesehatan berstatus ASN agar netral."
DINKES = "Dinas Kesehatan Kabupaten Tapanuli Utara"
BKD = "Badan Kepegawaian Daerah Kota Medan"
# (text, the holder, the institution served)
FORMS = [
    (f"Kepala Dinas Kesehatan Kabupaten Tapanuli Utara, Robert Sihombing AMd, {S}", "Robert Sihombing", DINKES),
    (f"Kepala Dinas Kesehatan Kabupaten Tapanuli Utara Marlina Simatupang SKep MKep {S}", "Marlina Simatupang", DINKES),
    (f"Kepala Dinas Kesehatan Kabupaten Tapanuli Utara, Tiurma Lumbantobing SKed, {S}", "Tiurma Lumbantobing",
     DINKES),
    (f"Kepala Dinas Kesehatan Kabupaten Tapanuli Utara Sari Dewi SFarm Apt {S}", "Sari Dewi", DINKES),
    (f"Robert Sihombing SKep Ns, Kepala Dinas Kesehatan Kabupaten Tapanuli Utara, {S}", "Robert Sihombing", DINKES),
    (f"Kepala BKD Kota Medan, Hendra Gultom SPsi MPsi, {S}", "Hendra Gultom", BKD),
    ('"Pegawai tidak boleh berpihak," kata Kepala BKD Kota Medan, Rudi Harahap STr.', "Rudi Harahap", BKD),
    (f"Kepala BKD Kota Medan Yusuf Nasution MKn {S}", "Yusuf Nasution", BKD),
    (f"Kepala BKD Kota Medan, Lina Siregar Dipl, {S}", "Lina Siregar", BKD),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:50]))
def test_a_degree_after_the_name_is_no_part_of_it(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]
