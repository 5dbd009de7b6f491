"""A regional office's head as 'Kadis' and the field written out ("Kadis Pertanian X", "Kadis Perhubungan X") names
that office, as "Kadis Kesehatan X" already did. Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Kadis Pertanian Bantul, Joko Susilo, meminta penyuluh ASN netral pada Pilkada 2024.",
     "Dinas Pertanian Kabupaten Bantul"),
    ("Kadis Perhubungan Kabupaten Sleman Rina Wati mengingatkan pegawainya agar netral pada Pilkada 2024.",
     "Dinas Perhubungan Kabupaten Sleman"),
    ("Kadis Tenaga Kerja Kota Magelang, Agus Prasetyo, meminta ASN tidak ikut kampanye Pilkada 2024.",
     "Dinas Tenaga Kerja Kota Magelang"),
]
NO_FIELD = "Kadis Joko Susilo meminta ASN di Kabupaten Bantul netral pada Pilkada 2024."


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all([t for t, _ in CASES] + [NO_FIELD])


@pytest.mark.parametrize("index", range(len(CASES)), ids=[n for _, n in CASES])
def test_kadis_with_field_names_the_office(results, index):
    assert CASES[index][1] in {m.agency for m in results[index].agencies}


def test_kadis_before_a_name_names_no_office(results):
    assert not [m for m in results[-1].agencies if m.agency.startswith("Dinas")]
