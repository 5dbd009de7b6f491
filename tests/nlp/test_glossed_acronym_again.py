"""A regional office named in full with an acronym in brackets is named again later by that acronym, with or without
its region, and a head's title before it names that office; an office read as written keeps a kind's acronym too.
Sentences in our own words."""

from __future__ import annotations

import pytest

FULL = "Dinas Komunikasi Informatika Persandian dan Statistik Kabupaten Mamasa"
CASES = [
    ("Dinas Komunikasi Informatika Persandian dan Statistik (Diskomsantik) Kabupaten Mamasa mengimbau ASN netral "
     "pada Pilkada 2024. Kepala Diskomsantik Mamasa, Yusuf Rante, mengatakan ASN dilarang ikut berkampanye.", FULL),
    ("Dinas Komunikasi Informatika Persandian dan Statistik (Diskomsantik) Kabupaten Mamasa mengimbau ASN netral "
     "pada Pilkada 2024. Kepala Diskomsantik Yusuf Rante mengatakan ASN dilarang ikut berkampanye.", FULL),
    ("Badan Kepegawaian Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Mamasa menyurati semua OPD soal netralitas "
     "ASN. Kepala BKPSDM Mamasa, Yusuf Rante, meminta pegawai tidak memihak pada Pilkada 2024.",
     "Badan Kepegawaian Pengembangan Sumber Daya Manusia Kabupaten Mamasa"),
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
    assert {m.agency for m in res.agencies if m.agency.split()[0] in ("Dinas", "Badan")} == {CASES[index][1]}


def test_title_gloss_of_a_numbered_unit_is_left(results):
    assert [d.actor for d in results[-1].directives] == ["Arif Budiman"]


def test_kind_acronym_of_another_region_stays_that_regions(analyse_all):
    text = ("Badan Kepegawaian Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Mamasa belajar ke BKPSDM "
            "Kabupaten Polewali Mandar soal pengawasan netralitas ASN pada Pilkada 2024.")
    names = {m.agency for m in analyse_all([text])[0].agencies}
    assert "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Polewali Mandar" in names
