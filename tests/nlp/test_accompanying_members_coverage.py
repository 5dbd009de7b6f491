"""Probe list of members of a body named bare after its head, who is accompanied by them ('Ketua Bawaslu X, Budi
didampingi Komisioner Rina Wati dan Dedi Kurnia, ...', 'Ketua KPU X Budi didampingi oleh anggota Rina Wati'),
generated over heads x member words x how many are named x the comma after the head's name. The member word alone
names no body: the head's title says which. Each text (our own words) must give every member with the head's
institution; a member word after someone whose title names no such body, a relative or a member of another body
named with it, names no one bare. All are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed, values

# (the head's title, the institution)
HEADS = [("Ketua Bawaslu Kabupaten Klaten", "Bawaslu Kabupaten Klaten"),
         ("Ketua KPU Kota Bitung", "Komisi Pemilihan Umum Kota Bitung"),
         ("Ketua Bawaslu Provinsi Gorontalo", "Bawaslu Provinsi Gorontalo"),
         ("Ketua DPRD Kabupaten Klaten", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten")]
MEMBER_WORDS = ["Komisioner", "komisioner", "Anggota", "anggota", "oleh anggota"]
# the members named, and the names expected
MEMBERS = [("Yuliana Pakaya dan Rahmat Lubis", ["Yuliana Pakaya", "Rahmat Lubis"]),
           ("Yuliana Pakaya, Rahmat Lubis, dan Sony Tamba", ["Yuliana Pakaya", "Rahmat Lubis", "Sony Tamba"]),
           ("Yuliana Pakaya", ["Yuliana Pakaya"])]
COMMAS = ["", ","]

FORMS = [(f"{head}, Anwar Hidayat{comma} didampingi {word} {members}, meminta ASN menjaga netralitas.", name, agency)
         for (head, agency), word, (members, names), comma in itertools.product(HEADS, MEMBER_WORDS, MEMBERS, COMMAS)
         if not (word.startswith("Komisioner") or word.startswith("komisioner")) or "DPRD" not in head
         for name in names]

NOT_MEMBERS = [
    # the head's title names no body with members
    "Bupati Klaten, Anwar Hidayat didampingi anggota Yuliana Pakaya dan Rahmat Lubis, meminta ASN netral.",
    "Kepala BKD Kabupaten Klaten Anwar Hidayat didampingi komisioner Yuliana Pakaya meminta ASN netral.",
    # a member word that is no member of the body: family, another body named after it
    "Ketua Bawaslu Kabupaten Klaten Anwar Hidayat didampingi anggota keluarganya menghadiri acara itu.",
]
# whose names a bare member word must not give, per look-alike
NOT_NAMED = ["Yuliana Pakaya", "Rahmat Lubis"]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, the look-alikes after them."""
    return analyse_all([values(form)[0] for form in FORMS] + NOT_MEMBERS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: f"{v[1]}|{v[0][:70]}"))
def test_a_member_accompanying_the_head_is_found(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found


@pytest.mark.parametrize(("k", "text"), [pytest.param(len(FORMS) + k, t, id=t[:60])
                                         for k, t in enumerate(NOT_MEMBERS)])
def test_a_member_word_after_no_bodys_head_names_no_member(analysed: list, k: int, text: str) -> None:
    assert not [o for o in analysed[k].officials if o.name in NOT_NAMED and (o.role or "").split()[0].casefold()
                in {"anggota", "komisioner"}], [(o.name, o.role) for o in analysed[k].officials]
