"""Probe list of requests whose verb is followed right away by a short phrase of the election's time and then whom it
asks ("meminta jelang pilkada nanti seluruh ASN netral", "mengimbau selama masa kampanye para pegawai agar ..."), also
after the request's "agar" ("berpesan agar pada pilkada nanti, kalangan ASN ..."): the civil servants named after the
phrase are asked, as after "menjelang" already. A phrase of anything else, or someone
else named after it, asks nothing of them. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # the short "jelang", and "selama", "saat", "pada masa", "sebelum", with an event or plain words of time
    ("Saya minta jelang pemilihan nanti seluruh pegawai tetap netral.", A),
    ("Wali kota meminta jelang Pilkada 2024 semua ASN menjaga netralitas.", A),
    ("Sekda mengimbau selama masa kampanye para PNS agar tidak memihak.", A),
    ("Kepala dinas mengingatkan saat tahapan pemilu seluruh ASN untuk tidak mengunggah foto calon.", A),
    ("Bupati mengajak pada masa tenang ini seluruh aparatur sipil negara menjaga sikap netral.", A),
    ("Camat meminta sebelum hari pencoblosan para ASN tidak menghadiri acara calon.", A),
    # ... also right after the request's "agar", closed by a comma or not, a date inside it
    ("Kepala BKD berpesan agar pada Pilkada 27 November mendatang, kalangan ASN tetap menjaga netralitas.", A),
    ("Sekda meminta agar selama masa kampanye seluruh pegawai tidak memihak.", A),
    ("Bupati mengingatkan agar pada pemilu nanti, para PNS tidak memasang stiker calon.", A),
    # ... the contest by its full name (whose "Kepala Daerah" names no one asked), a second marker before the date
    ("Wali kota berpesan agar pada pelaksanaan Pemilihan Kepala Daerah pada tanggal 27 November mendatang, kalangan "
     "ASN tetap netral.", A),
    ("Sekda meminta agar pada Pemilihan Kepala Daerah nanti, pegawai tidak ikut kampanye.", A),
    # ... but a regional head after the phrase is someone else
    ("Gubernur berpesan agar pada Pemilihan Kepala Daerah nanti, para bupati menjaga keamanan.", set()),
    # someone else named after the phrase, or a phrase of another business, asks nothing of civil servants
    ("Bupati meminta agar selama kampanye berlangsung, semua pihak menjaga kondusivitas.", set()),
    ("Bupati berpesan agar pada Pilkada nanti, suasana tetap kondusif.", set()),
    ("Bupati meminta selama masa kampanye warga tidak memasang baliho di pohon.", set()),
    ("Bupati meminta pada masa tenang ini para tim sukses menurunkan baliho.", set()),
    ("Bupati meminta jelang Pilkada 2024 jalan desa segera diperbaiki.", set()),
    ("Bupati mengingatkan dalam pilkada ini ada patroli siber.", set()),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize(("k", "expected"), indexed(FORMS, lambda p: p[0][:60], first=1))
def test_timed_request(analyses, k: int, expected: set[str]) -> None:
    assert {d.kind for d in analyses[k].directives} == expected
