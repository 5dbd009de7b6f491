"""Probe list of holders named after a second post they also fill, written between their office and their name
('Kepala Dinas X yang juga Sekretaris PGRI Kota X, Budi mengajak ...', 'Kepala Dinas X sekaligus pembina pegawai
di kantor gabungan Pemerintah Kota X, Budi mengatakan ...'): the second post's words in any case, its short form in
brackets, the name closed by a comma or by the verb after it. Generated over offices x second posts x the name's
close. Forms not in test_title_holder_apart_coverage.py (a lower-case clause, the name closed by a comma) nor in
test_office_ties.py ('sekaligus' before an office the registry knows). Each text (our own words) must give the
holder with the office before the second post; all are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed, values

# (the first office, the institution it serves)
OFFICES = [("Kepala Dinas Kesehatan Kota Parepare", "Dinas Kesehatan Kota Parepare"),
           ("Kepala Bidang SD Dinas Pendidikan Kota Parepare", "Dinas Pendidikan Kota Parepare"),
           ("Sekda Kabupaten Pinrang", "Pemerintah Kabupaten Pinrang"),
           ("Ketua Bawaslu Kabupaten Pinrang", "Bawaslu Kabupaten Pinrang")]
# the second post, opened by "yang juga", "sekaligus" or "merangkap"
SECOND_POSTS = ["yang juga Ketua Korpri setempat", "yang juga Bendahara Ikatan Guru Indonesia (IGI) Kota Parepare",
                "sekaligus Ketua Satgas Netralitas ASN", "sekaligus pembina para pegawai di kantor bersama itu",
                "yang juga menjabat Ketua Forum Kepala Dinas", "merangkap Plt Kepala Bappeda"]
# how the holder's name closes: a comma, or the verb after it
CLOSES = [("Hasrul Nurdin, mengatakan ASN tidak boleh berpihak.", "Hasrul Nurdin"),
          ("Hasrul Nurdin menegaskan ASN wajib netral.", "Hasrul Nurdin"),
          ("H. Hasrul Nurdin, S.Sos., M.Si mengingatkan ASN agar netral.", "Hasrul Nurdin")]

FORMS = [(f"{office} {post}, {close}", name, agency)
         for (office, agency), post, (close, name) in itertools.product(OFFICES, SECOND_POSTS, CLOSES)]

# a second post with no name after it, or a clause that is no post, names no one
NOT_HOLDERS = ["Kepala Dinas Kesehatan Kota Parepare yang juga hadir, Senin (7/10/2024), meminta ASN netral.",
               "Sekda Kabupaten Pinrang sekaligus Ketua Korpri, mengajak ASN menjaga netralitas."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, the look-alikes after them."""
    return analyse_all([values(form)[0] for form in FORMS] + NOT_HOLDERS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:70]))
def test_a_holder_after_a_second_post_is_found(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found


@pytest.mark.parametrize(("k", "text"), [pytest.param(len(FORMS) + k, t, id=t[:60])
                                         for k, t in enumerate(NOT_HOLDERS)])
def test_a_second_post_without_a_name_names_no_one(analysed: list, k: int, text: str) -> None:
    assert [o.name for o in analysed[k].officials] == []
