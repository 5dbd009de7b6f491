"""The regional office that trains civil servants where its name keeps "Daerah" (Badan Pengembangan Sumber Daya
Manusia Daerah, "BPSDMD"), as several provinces and cities name it, is read as that office of the region under its
own name and acronym; the office without "Daerah" ("BPSDM") keeps its own, and the acronym alone names no region."""

from __future__ import annotations

import pytest

# (sentence in our own words, the office it names, its acronym, the holder named)
FORMS = [
    ("Kepala BPSDMD Provinsi Jawa Tengah, Siti Rahma, meminta peserta pelatihan netral pada Pilkada 2024.",
     "Badan Pengembangan Sumber Daya Manusia Daerah Provinsi Jawa Tengah", "BPSDMD Provinsi Jawa Tengah", "Siti Rahma"),
    ("Kepala BPSDMD Sumsel Joko Susilo mengingatkan ASN agar tidak berkampanye pada Pilkada 2024.",
     "Badan Pengembangan Sumber Daya Manusia Daerah Provinsi Sumatera Selatan", "BPSDMD Sumsel", "Joko Susilo"),
    ("Badan Pengembangan Sumber Daya Manusia Daerah Provinsi Nusa Tenggara Barat menggelar latihan dasar bagi CPNS.",
     "Badan Pengembangan Sumber Daya Manusia Daerah Provinsi Nusa Tenggara Barat", "BPSDMD NTB", None),
    ("Kepala BPSDMD Makassar, Rina Wati, meminta ASN menjaga netralitas pada Pilkada 2024.",
     "Badan Pengembangan Sumber Daya Manusia Daerah Kota Makassar", "BPSDMD Makassar", "Rina Wati"),
    # the office without "Daerah" keeps its own name
    ("Kepala BPSDM Provinsi Maluku, Yusuf Latuconsina, meminta ASN netral pada Pilkada 2024.",
     "Badan Pengembangan Sumber Daya Manusia Provinsi Maluku", "BPSDM Provinsi Maluku", "Yusuf Latuconsina"),
]

# the acronym with no region after it
NONE = ["BPSDMD menggelar pelatihan kepemimpinan bagi ASN menjelang Pilkada 2024."]


@pytest.fixture(scope="module")
def results(analyse_all) -> list:
    return analyse_all([f[0] for f in FORMS] + NONE, published="2024-01-10")


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[f[0][:40] for f in FORMS])
def test_office_named_by_its_own_name_and_acronym(results, index):
    _, name, acronym, holder = FORMS[index]
    assert (name, acronym) in {(a.agency, a.acronym) for a in results[index].agencies}
    if holder:
        assert (holder, name) in {(o.name, o.agency) for o in results[index].officials}


def test_acronym_alone_names_no_region(results):
    assert not [a.agency for a in results[len(FORMS)].agencies if "Sumber Daya Manusia" in a.agency]
