"""Probe list of a small place's head named first by one word between commas, the place closed by a comma ('Menurut
dia, Sahrul, yang juga Kepala Desa Jeringo, mengatakan ...'), as a one-word name between commas names the holder of
a title the registry knows: generated over the small places' titles x what stands between the name and the title
('', 'yang juga', 'yang juga menjabat sebagai', 'selaku') x the verb after the place's comma. Look-alikes: lists of
offices with no holder, a place's office set off by commas with no name, and a sentence opened by the one word
(openers read as names there, so it stays unread). All are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed

TITLES = [("Kepala Desa Jeringo", "Desa Jeringo"), ("Kades Jeringo", "Desa Jeringo"),
          ("Camat Gerung", "Kecamatan Gerung"), ("Lurah Dasan Agung", "Kelurahan Dasan Agung")]
BETWEEN = ["", "yang juga ", "yang juga menjabat sebagai ", "selaku "]
VERBS = ["mengatakan ASN wajib netral.", "menyampaikan dukungan kepada pasangan calon.",
         "membantah tuduhan itu."]
NAMES = ["Sahrul", "Mahsun"]

FORMS = [(f"Di Lombok Barat, menurut laporan Bawaslu, {n}, {b}{t}, {v}", n, place)
         for (t, place), b, v, n in itertools.product(TITLES, BETWEEN, VERBS, NAMES)]

NOT_OFFICIALS = ["Laporan itu menyebut Sekda, Inspektur, Camat Gerung, dan Kepala Desa Jeringo.",
                 "Hadir camat, lurah, Kades Sukamaju, Kades Sukaraja, dan Kades Sukamulya.",
                 "Selain itu, Camat Gerung, kata dia, juga hadir.",
                 "Sahrul, Camat Gerung, mengatakan ASN wajib netral.",
                 # a district set off by commas is no holder
                 "Di Lombok Barat, Sekotong, Camat Gerung, mengatakan ASN wajib netral."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, the look-alikes after them."""
    return analyse_all([form[0] for form in FORMS] + NOT_OFFICIALS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][42:110]))
def test_a_small_places_head_named_first_is_found(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert any(n == name and agency in (g or "") for n, g in found), found


@pytest.mark.parametrize(("k", "text"), [pytest.param(len(FORMS) + k, t, id=t[:60])
                                         for k, t in enumerate(NOT_OFFICIALS)])
def test_a_small_place_look_alike_names_no_holder(analysed: list, k: int, text: str) -> None:
    assert [o.name for o in analysed[k].officials] == []
