"""A district's farm extension office (BPP) named with its district is an institution of the story, like the KUA,
and its coordinator holds it; the bare acronym names none, since other bodies share it. Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Koordinator BPP Kecamatan Sukamaju, Budi Hartono, mengingatkan penyuluh ASN agar netral.",
     "Balai Penyuluhan Pertanian Kecamatan Sukamaju"),
    ("Para penyuluh dari Balai Penyuluhan Pertanian (BPP) Kecamatan Cibodas diminta netral dalam Pilkada 2024.",
     "Balai Penyuluhan Pertanian Kecamatan Cibodas"),
    ("Penyuluh Balai Penyuluh Pertanian Kecamatan Wanadadi dilarang ikut kampanye Pilkada 2024.",
     "Balai Penyuluhan Pertanian Kecamatan Wanadadi"),
    ("Seorang penyuluh BP3K Kecamatan Cibodas dilaporkan ikut kampanye Pilkada 2024.",
     "Balai Penyuluhan Pertanian Kecamatan Cibodas"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    texts = [t for t, _ in CASES] + ["Penyuluh BPP dan BP3K diminta netral pada Pilkada 2024."]
    return analyse_all(texts)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[n for _, n in CASES])
def test_bpp_with_its_district_is_listed(results, index):
    assert CASES[index][1] in {m.agency for m in results[index].agencies}


def test_bpp_coordinator_holds_the_office(results):
    assert ("Budi Hartono", "Balai Penyuluhan Pertanian Kecamatan Sukamaju") in \
        {(o.name, o.agency) for o in results[0].officials}


def test_bpp_alone_names_no_office(results):
    assert not [m for m in results[-1].agencies if "Penyuluhan" in m.agency]
