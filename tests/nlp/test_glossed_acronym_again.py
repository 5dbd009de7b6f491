"""A regional office named in full with an acronym of its own in brackets is named again later by that acronym,
with or without its region, and a head's title before it names that office. Sentences in our own words."""

from __future__ import annotations

import pytest

FULL = "Dinas Komunikasi Informatika Persandian dan Statistik Kabupaten Mamasa"
CASES = [
    ("Dinas Komunikasi Informatika Persandian dan Statistik (Diskomsantik) Kabupaten Mamasa mengimbau ASN netral "
     "pada Pilkada 2024. Kepala Diskomsantik Mamasa, Yusuf Rante, mengatakan ASN dilarang ikut berkampanye.", FULL),
    ("Dinas Komunikasi Informatika Persandian dan Statistik (Diskomsantik) Kabupaten Mamasa mengimbau ASN netral "
     "pada Pilkada 2024. Kepala Diskomsantik Yusuf Rante mengatakan ASN dilarang ikut berkampanye.", FULL),
]
# the brackets after a numbered unit gloss its commander's title: the bare title later stays a person's
KORAMIL = ("Komandan Koramil (Danramil) 0814/27 Jombang Kapten Arif Budiman meminta prajurit netral pada Pilkada "
           "2024. Danramil juga meminta ASN netral.")


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all([t for t, _ in CASES] + [KORAMIL])


@pytest.mark.parametrize("index", range(len(CASES)))
def test_head_of_glossed_office(results, index):
    res = results[index]
    assert {(o.name, o.agency) for o in res.officials} >= {("Yusuf Rante", CASES[index][1])}
    assert {m.agency for m in res.agencies if m.agency.startswith("Dinas")} == {CASES[index][1]}


def test_title_gloss_of_a_numbered_unit_is_left(results):
    assert [d.actor for d in results[-1].directives] == ["Arif Budiman"]
