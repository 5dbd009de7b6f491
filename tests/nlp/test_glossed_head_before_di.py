"""A unit kind named "<head> di <town>" keeps its town when an acronym glossed in brackets parts the head from its
"di" ("Balai Besar Pengawas Obat dan Makanan (BBPOM) di Semarang", "Loka Pengawas Obat dan Makanan (Loka POM) di
Kabupaten Banyumas"). Stories in our own words."""

from __future__ import annotations


def _agencies(a) -> set[str]:
    return {m.agency for m in a.agencies}


def test_the_large_office_glossed_before_di(run):
    a = run("Kepala Balai Besar Pengawas Obat dan Makanan (BBPOM) di Semarang mengingatkan pegawainya agar netral "
            "pada Pemilu 2024.")
    assert "Balai Besar Pengawas Obat dan Makanan di Semarang" in _agencies(a)


def test_the_small_office_glossed_before_di(run):
    a = run("Kepala Balai Pengawas Obat dan Makanan (BPOM) di Kendari mengingatkan pegawainya agar netral pada "
            "Pilkada 2024.")
    assert "Balai Pengawas Obat dan Makanan di Kendari" in _agencies(a)


def test_a_gloss_then_a_lower_case_di_phrase_names_no_office(run):
    a = run("Balai Besar Pengawas Obat dan Makanan (BBPOM) di bawah BPOM mengingatkan pegawainya agar netral pada "
            "Pemilu 2024.")
    assert not any(x.startswith("Balai Besar") for x in _agencies(a))
