"""The city secretary's short title "Sekdako", formed as "Pemko"/"Setdako" are ("Sekdako Kota X" in some provinces'
press), names the city's government and the official holding it, as "Sekdakot" does; alone it names no region."""

from __future__ import annotations

import pytest

# (sentence in our own words, the government it names, the holder named)
FORMS = [
    ("Sekdako Pariaman, Rudi Hartono, meminta pegawai tidak memihak pada Pilkada 2024.", "Pemerintah Kota Pariaman",
     "Rudi Hartono"),
    ("Sekdako Batam Hendra Gunawan mengingatkan ASN agar netral dalam Pilkada 2024.", "Pemerintah Kota Batam",
     "Hendra Gunawan"),
    ("Surat edaran itu diteken Andi Saputra selaku Sekdako Payakumbuh menjelang Pilkada 2024.",
     "Pemerintah Kota Payakumbuh", "Andi Saputra"),
]

# the title with no region after it: no city is named
NONE = ["Sekdako meminta seluruh pegawai menjaga netralitas dalam Pilkada 2024."]


@pytest.fixture(scope="module")
def results(analyse_all) -> list:
    return analyse_all([text for text, _, _ in FORMS] + NONE, published="2024-01-10")


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[t[:40] for t, _, _ in FORMS])
def test_short_title_names_the_city_and_its_holder(results, index):
    _, body, holder = FORMS[index]
    assert body in {a.agency for a in results[index].agencies}
    assert (holder, body) in {(o.name, o.agency) for o in results[index].officials}


def test_short_title_alone_names_no_city(results):
    assert not [a.agency for a in results[len(FORMS)].agencies if a.agency.startswith("Pemerintah Kota")]
