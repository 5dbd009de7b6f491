"""Courts and prosecutors' offices are named by the town they sit in, often a district listed in districts.yaml
rather than their regency ("Pengadilan Negeri Cibinong" in Bogor, "Kejari Lubuk Pakam" in Deli Serdang): the body
is that seat's, the whole district's name and no more, also after its short forms ("PN", "Kajari"), and the holder's
name starts after the seat, where the district lies in a province of a region the story names (else a given name
that is also a district's, "Bambang", stays the holder's). A court named by its regency, or a short form before no
listed place, is read as before. Stories in our own words."""

from __future__ import annotations

import pytest

SEATED = [
    ("Ketua Pengadilan Negeri Cibinong Rina Marlina mengajak pegawai menjaga netralitas pada Pilkada Kabupaten Bogor"
     " 2024.", "Pengadilan Negeri Cibinong", "Rina Marlina"),
    ("Kepala Kejaksaan Negeri Lubuk Pakam Budi Santoso meminta jaksa tidak berpihak pada Pilkada Deli Serdang 2024.",
     "Kejaksaan Negeri Lubuk Pakam", "Budi Santoso"),
    ("Wakil Ketua PN Sei Rampah Dewi Lestari, S.H., mengingatkan ASN Serdang Bedagai agar netral pada Pilkada 2024.",
     "Pengadilan Negeri Sei Rampah", "Dewi Lestari"),
    ("Kajari Sidikalang Andi Pratama mengimbau pegawai di Kabupaten Dairi tidak ikut kampanye pada Pilkada 2024.",
     "Kejaksaan Negeri Sidikalang", "Andi Pratama"),
    ("Ketua Pengadilan Negeri (PN) Kepanjen Sri Wahyuni meminta hakim di Kabupaten Malang menjaga netralitas"
     " pada Pemilu 2024.",
     "Pengadilan Negeri Kepanjen", "Sri Wahyuni"),
    ("Ketua Pengadilan Agama Mungkid, Hasan Basri, mengingatkan pegawai agar netral pada Pilkada Magelang 2024.",
     "Pengadilan Agama Mungkid", "Hasan Basri"),
]


@pytest.mark.parametrize("text,body,name", SEATED)
def test_the_body_is_named_by_its_seat(run, text, body, name):
    a = run(text)
    assert body in {m.agency for m in a.agencies}
    assert any(o.name == name and o.agency == body for o in a.officials)


def test_a_court_seen_without_its_holder_keeps_its_seat(run):
    a = run("PN Stabat menggelar apel netralitas ASN menjelang Pilkada 2024 bersama Pemkab Langkat.")
    assert "Pengadilan Negeri Stabat" in {m.agency for m in a.agencies}
    assert "Pengadilan Negeri Langkat" not in {m.agency for m in a.agencies}


@pytest.mark.parametrize("text,body,name", [
    ("Ketua Pengadilan Negeri Sleman Rina Marlina mengajak pegawai menjaga netralitas pada Pilkada 2024.",
     "Pengadilan Negeri Sleman", "Rina Marlina"),
    ("Kajari Purbalingga Budi Santoso meminta jaksa tidak berpihak pada Pilkada 2024.",
     "Kejaksaan Negeri Purbalingga", "Budi Santoso"),
])
def test_a_body_named_by_its_regency_stays(run, text, body, name):
    a = run(text)
    assert body in {m.agency for m in a.agencies}
    assert any(o.name == name and o.agency == body for o in a.officials)


def test_a_district_elsewhere_is_the_holders_name(run):
    a = run("Kajari Bambang Sutrisno meminta jaksa di Kabupaten Purbalingga tidak berpihak pada Pilkada 2024.")
    assert any(o.name == "Bambang Sutrisno" for o in a.officials)
    assert not any("Bambang" in m.agency for m in a.agencies)


def test_a_short_form_before_no_listed_place_names_no_court(run):
    a = run("Dana PN Rina Marlina untuk kampanye Pilkada 2024 dipersoalkan, kata Bupati Langkat.")
    assert not any(m.agency.startswith("Pengadilan Negeri") for m in a.agencies)
