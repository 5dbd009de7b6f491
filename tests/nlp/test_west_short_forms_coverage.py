"""Probe list of local short forms of regencies and cities in Sumatra, Java and Nusa Tenggara that outlets there
write after a regional title or body ('Bupati Pesbar', 'Pemkab Galus', 'Wali Kota Tasik', 'Pemkab 50 Kota').
Unknown, such a form after a title was read as the holder's one-word name ('Bupati Pesbar' gave an official named
'Pesbar') and the government was lost. Each sentence (our own words) must give the right government and no official
named like the form; all are analysed in one batch. Each form was found after such words in local news; a form
in figures ('50 Kota') or that is also a river's name ('Tamiang') counts only right after such a word, so a count
of cities or 'Sungai Tamiang' stays no regency."""

from __future__ import annotations

import pytest

# (sentence, the short form, the government it names)
FORMS = [
    # Aceh
    ("Bupati Pijay, Teuku Rahmat, meminta ASN netral.", "Pijay", "Pemerintah Kabupaten Pidie Jaya"),
    ("Pj Bupati Pijay mengingatkan ASN menjaga netralitas pada Pilkada 2024.", "Pijay",
     "Pemerintah Kabupaten Pidie Jaya"),
    ("Bupati Galus, Rasyid Amin, meminta ASN netral.", "Galus", "Pemerintah Kabupaten Gayo Lues"),
    ("Pemkab Galus melarang ASN ikut kampanye Pilkada 2024.", "Galus", "Pemerintah Kabupaten Gayo Lues"),
    ("Bupati Tamiang, Hasan Basri, meminta ASN netral.", "Tamiang", "Pemerintah Kabupaten Aceh Tamiang"),
    ("Pemkab Tamiang mengingatkan ASN netral pada Pilkada 2024.", "Tamiang", "Pemerintah Kabupaten Aceh Tamiang"),
    # Sumatera Utara
    ("Wali Kota Sidimpuan, Ahmad Lubis, meminta ASN netral.", "Sidimpuan", "Pemerintah Kota Padangsidimpuan"),
    ("Pj Wali Kota Sidimpuan melarang ASN berfoto dengan calon pada Pilkada 2024.", "Sidimpuan",
     "Pemerintah Kota Padangsidimpuan"),
    ("Wali Kota Padang Sidimpuan, Ahmad Lubis, meminta ASN netral.", "Sidimpuan",
     "Pemerintah Kota Padangsidimpuan"),
    # Sumatera Barat
    ("Bupati 50 Kota, Rizal Datuak, meminta ASN netral.", "50 Kota", "Pemerintah Kabupaten Lima Puluh Kota"),
    ("Pemkab 50 Kota mengimbau ASN netral pada Pilkada 2024.", "50 Kota", "Pemerintah Kabupaten Lima Puluh Kota"),
    # Jambi
    ("Bupati Tanjab Barat, Hendra Saputra, meminta ASN netral.", "Tanjab",
     "Pemerintah Kabupaten Tanjung Jabung Barat"),
    ("Pemkab Tanjab Barat mengingatkan ASN netral pada Pilkada 2024.", "Tanjab",
     "Pemerintah Kabupaten Tanjung Jabung Barat"),
    ("Bupati Tanjab Timur, Rudi Hartono, meminta ASN netral.", "Tanjab",
     "Pemerintah Kabupaten Tanjung Jabung Timur"),
    ("ASN Pemkab Tanjab Timur dilarang ikut kampanye Pilkada 2024.", "Tanjab",
     "Pemerintah Kabupaten Tanjung Jabung Timur"),
    # Sumatera Selatan
    ("Wali Kota Linggau, Hendra Wijaya, meminta ASN netral.", "Linggau", "Pemerintah Kota Lubuklinggau"),
    ("Pemkot Linggau melarang ASN memasang atribut calon pada Pilkada 2024.", "Linggau",
     "Pemerintah Kota Lubuklinggau"),
    # Lampung
    ("Bupati Pesbar, Yusuf Hamdani, meminta ASN netral.", "Pesbar", "Pemerintah Kabupaten Pesisir Barat"),
    ("Bupati Pesbar meminta ASN menjaga netralitas pada Pilkada 2024.", "Pesbar",
     "Pemerintah Kabupaten Pesisir Barat"),
    ("Pemkab Pesbar memanggil honorer yang mengunggah alat peraga kampanye.", "Pesbar",
     "Pemerintah Kabupaten Pesisir Barat"),
    # Jawa Barat: the regency and the city share the short form, the title tells which
    ("Bupati Tasik, Dadang Hermawan, meminta ASN netral.", "Tasik", "Pemerintah Kabupaten Tasikmalaya"),
    ("Pemkab Tasik menerbitkan edaran netralitas ASN jelang Pilkada 2024.", "Tasik",
     "Pemerintah Kabupaten Tasikmalaya"),
    ("Wali Kota Tasik, Budi Santosa, meminta ASN netral.", "Tasik", "Pemerintah Kota Tasikmalaya"),
    ("Pj Wali Kota Tasik mengingatkan ASN netral pada Pilkada 2024.", "Tasik", "Pemerintah Kota Tasikmalaya"),
    # Nusa Tenggara Timur
    ("Bupati Sumtim, Markus Umbu, meminta ASN netral.", "Sumtim", "Pemerintah Kabupaten Sumba Timur"),
    ("Penjabat Bupati Sumtim melarang ASN ikut kampanye Pilkada 2024.", "Sumtim",
     "Pemerintah Kabupaten Sumba Timur"),
]

# a count of cities in figures and a river name no regency: (sentence, the regency it must not give)
NONE = [
    ("Bawaslu memetakan kerawanan netralitas ASN di 50 Kota dan kabupaten pada Pilkada 2024.",
     "Pemerintah Kabupaten Lima Puluh Kota"),
    ("Survei KASN dilakukan di 50 kota di Indonesia pada Pilkada 2024.", "Pemerintah Kabupaten Lima Puluh Kota"),
    ("Warga di tepi Sungai Tamiang diminta menolak politik uang pada Pilkada 2024.",
     "Pemerintah Kabupaten Aceh Tamiang"),
]


@pytest.fixture(scope="module")
def results(analyse_all) -> list:
    """Each probe's analysis, from one batch."""
    return analyse_all([text for text, _, _ in FORMS], published="2024-10-01")


@pytest.fixture(scope="module")
def none_results(analyse_all) -> list:
    return analyse_all([text for text, _ in NONE], published="2024-10-01")


@pytest.mark.parametrize("i", range(len(FORMS)), ids=[f"{form}:{text[:40]}" for text, form, _ in FORMS])
def test_short_form_names_its_government(results, i: int) -> None:
    text, form, government = FORMS[i]
    result = results[i]
    assert government in {a.agency for a in result.agencies}, text
    assert not [o.name for o in result.officials if o.name and form.lower() in o.name.lower()], text


@pytest.mark.parametrize("i", range(len(NONE)), ids=[t[:40] for t, _ in NONE])
def test_word_alone_names_no_regency(none_results, i: int) -> None:
    text, government = NONE[i]
    assert government not in {a.agency for a in none_results[i].agencies}, text
