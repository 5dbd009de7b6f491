"""The police resorts' short forms slipped by a letter right before their region ("Pores", "Polrea", "Porlesta",
"Polress"): read as Polres or Polresta, so the resort is named. A slip that is a word of its own ("poles": to polish),
the contest the presidential race slips to ("Pilres") and a slip before no capitalised word are left as written."""

from __future__ import annotations

import pytest

# (sentence, the institution it names or None)
CASES = [
    ("Kasat Intelkam Pores Sumedang AKP Darma memastikan ASN dan anggota netral pada Pilkada 2024.",
     "Kepolisian Resor Sumedang"),
    ("Kabag Ops Polrea Bantul Kompol Rudi menyebut ASN dilarang berkampanye pada Pilkada 2024.",
     "Kepolisian Resor Bantul"),
    ("Personel Porlesta Kendari diminta netral, sama seperti ASN, selama Pilkada 2024.",
     "Kepolisian Resor Kota Kendari"),
    ("Polress Sragen mengingatkan ASN agar netral pada Pilkada 2024.", "Kepolisian Resor Sragen"),
    # near misses
    ("Poles Merah Putih dipasang di kantor, ASN diminta netral pada Pilkada 2024.", None),
    ("Pilres 2019 lalu banyak ASN dilaporkan tidak netral, kata Bawaslu.", None),
    ("Anggota pores dan ASN diminta netral pada Pilkada 2024.", None),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in CASES])


@pytest.mark.parametrize("k", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_slipped_resort_names_the_police_resort(analyses, k):
    _, expected = CASES[k]
    names = {a.agency for a in analyses[k].agencies}
    if expected is None:
        assert not any(n.startswith("Kepolisian Resor") for n in names), names
    else:
        assert expected in names, names
