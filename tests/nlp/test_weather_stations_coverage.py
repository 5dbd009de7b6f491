"""Probe list of the weather agency's stations (meteorology, harbour meteorology, climatology, geophysics), named by
their seat or airport after their class or not, in full or short: each sentence (our own words) names one holder,
who must be read by name with the station (the seat is the station's, not the holder's name). Negative: a station
named with no seat after it is no institution of its own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, holder, institution)
FORMS = [
    ("Kepala Stasiun Meteorologi Kelas I Sultan Hasanuddin, Rina Marlina, mengajak ASN menjaga netralitas.",
     "Rina Marlina", "Stasiun Meteorologi Kelas I Sultan Hasanuddin"),
    ("Kepala Stamet Ahmad Yani Semarang, Yoga Pratama, meminta pegawai netral.", "Yoga Pratama",
     "Stasiun Meteorologi Ahmad Yani Semarang"),
    ("Kepala Stasiun Meteorologi Maritim Belawan, Nanda Putri, mengingatkan ASN netral.", "Nanda Putri",
     "Stasiun Meteorologi Maritim Belawan"),
    ("Kepala Stasiun Klimatologi Kelas II Banten, Hendra Wijaya, meminta ASN tidak berpihak.", "Hendra Wijaya",
     "Stasiun Klimatologi Kelas II Banten"),
    ("Kepala Stasiun Geofisika Kupang, Maria Ina, meminta pegawai netral.", "Maria Ina", "Stasiun Geofisika Kupang"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negative last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Data dari stasiun klimatologi terdekat menunjukkan hujan lebat. Lurah Sukamaju Rina meminta warga waspada."],
        published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_station_head_is_read_with_the_station(results, index: int, holder: str, institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_a_station_with_no_seat_is_no_institution(results) -> None:
    assert not [a for a in results[-1].agencies if "Stasiun" in a.agency], results[-1].agencies
