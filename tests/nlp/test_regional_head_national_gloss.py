"""A regional office whose head opens with its national body's name written out takes that body's acronym glossed
in brackets after the name ("Ombudsman Republik Indonesia (ORI) Perwakilan Jawa Tengah", "Badan Pengawasan Keuangan
dan Pembangunan (BPKP) Perwakilan Jawa Tengah"): the province's office, not the national body. Stories in our own
words."""

from __future__ import annotations


def _agencies(a) -> set[str]:
    return {m.agency for m in a.agencies}


def test_the_ombudsman_office_glossed(run):
    a = run("Ombudsman Republik Indonesia (ORI) Perwakilan Jawa Tengah membuka posko aduan netralitas ASN "
            "selama Pemilu 2024.")
    assert "Ombudsman RI Perwakilan Jawa Tengah" in _agencies(a)
    assert "Ombudsman Republik Indonesia" not in _agencies(a)


def test_the_auditor_office_glossed(run):
    a = run("Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Provinsi Riau mengingatkan ASN agar "
            "netral pada Pilkada 2024.")
    assert "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Riau" in _agencies(a)


def test_the_national_body_glossed_alone_stays_national(run):
    a = run("Badan Pengawasan Keuangan dan Pembangunan (BPKP) mengingatkan ASN agar netral pada Pemilu 2024 "
            "dalam rapat di Semarang.")
    assert "Badan Pengawasan Keuangan dan Pembangunan" in _agencies(a)
    assert not any("Perwakilan" in x for x in _agencies(a))
