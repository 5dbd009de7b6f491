"""A merged regional office whose first field is written out and the rest by their acronym ("Dinas Kesehatan PPKB X",
"Dinas Sosial P3A X") is that merged office, not an office of the first field alone. Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Kepala Dinas Kesehatan PPKB Kabupaten Purworejo, Agus Salim, meminta bidan ASN netral pada Pilkada 2024.",
     "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Purworejo"),
    ("Pegawai Dinas Sosial P3A Kabupaten Bantul diingatkan agar tidak ikut kampanye Pilkada 2024.",
     "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Bantul"),
]
PLAIN = "Pegawai Dinas Kesehatan Kabupaten Purworejo diingatkan agar tidak ikut kampanye Pilkada 2024."


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all([t for t, _ in CASES] + [PLAIN])


@pytest.mark.parametrize("index", range(len(CASES)), ids=[n for _, n in CASES])
def test_half_spelled_merged_office(results, index):
    assert CASES[index][1] in {m.agency for m in results[index].agencies}


def test_plain_health_office_stays_plain(results):
    assert {m.agency for m in results[-1].agencies if m.agency.startswith("Dinas")} == \
        {"Dinas Kesehatan Kabupaten Purworejo"}
