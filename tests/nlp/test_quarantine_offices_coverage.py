"""The agricultural quarantine service's offices, ranked by class and named by their port or town (a "Balai", a
"Balai Besar" or a "Stasiun"), with the acronym glossed or not: each sentence (our own words) names one holder, read
by name with the office. Negative: the office in lower case with no town names none."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, holder, institution)
FORMS = [
    ("Kepala Balai Karantina Pertanian Kelas II Gorontalo, Rahmat Hidayat, meminta pegawai netral.", "Rahmat Hidayat",
     "Balai Karantina Pertanian Kelas II Gorontalo"),
    ("Kepala Balai Karantina Pertanian (BKP) Kelas I Mataram, Dewi Kartika, mengajak ASN menjaga netralitas.",
     "Dewi Kartika", "Balai Karantina Pertanian Kelas I Mataram"),
    ("Kepala Stasiun Karantina Pertanian Kelas I Entikong, Hendro Wibowo, mengingatkan pegawai agar netral.",
     "Hendro Wibowo", "Stasiun Karantina Pertanian Kelas I Entikong"),
    ("Kepala Balai Besar Karantina Pertanian Makassar, Andi Rahmat, meminta ASN netral.", "Andi Rahmat",
     "Balai Besar Karantina Pertanian Makassar"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negative last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Petugas balai karantina pertanian setempat memeriksa paket. Lurah Sukamaju Rina meminta warga tenang."],
        published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_quarantine_office_head_is_read_with_the_office(results, index: int, holder: str,
                                                             institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_the_office_in_lower_case_names_none(results) -> None:
    assert not [a for a in results[-1].agencies if "Karantina" in a.agency], results[-1].agencies
