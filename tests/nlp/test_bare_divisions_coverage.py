"""Probe list of an election body's division named alone before its coordinator's name, the body written earlier in
the sentence ('Ketua KPU X Nama didampingi Divisi Hukum Nama, Divisi Teknis Nama'), also misspelt 'Devisi', and
after a chair's or member's word ('Ketua Divisi Hukum dan Pengawasan, Nama'): generated over the body's head x
division words x name shapes x the comma after the division. The coordinator serves the body the sentence names.
Look-alikes: a watchdog's or a campaign team's division, a division with no name after it, and the body itself
named alone after a division (no holder). All are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed

BODIES = [("Ketua KPU Sleman Budi Santoso", "Komisi Pemilihan Umum Kabupaten Sleman"),
          ("Ketua Bawaslu Kota Kendari Sahrul Amin", "Bawaslu Kota Kendari")]
DIVISIONS = ["Divisi Hukum", "Devisi Teknis", "Divisi SDM", "Devisi Logistik",
             "Divisi Sosialisasi dan Pendidikan Pemilih"]
NAMES = ["Ramli Hasan", "Abd Rahman Salim", "Nur Aini Lestari"]
MARKS = [("{d} {n}", "mengatakan tahapan sudah berjalan."), ("{d}, {n},", "menjelaskan tahapan pemilihan.")]

FORMS = [(f"{body} didampingi {mark.format(d=d, n=n)} {rest}", n, agency)
         for (body, agency), d, n, (mark, rest) in itertools.product(BODIES, DIVISIONS, NAMES, MARKS)]
# the second division of a pair, joined by a comma and 'dan'
FORMS += [(f"{body} didampingi Divisi Hukum Ramli Hasan dan {d} {n} memimpin rapat.", n, agency)
          for (body, agency), d, n in itertools.product(BODIES, DIVISIONS[1:3], NAMES[1:])]
# a chair's or member's word before the division, the body named earlier in the sentence
FORMS += [(f"{body} didampingi {w} {mark.format(d=d, n=n)} {rest}", n, agency)
          for (body, agency), w, d, n, (mark, rest) in itertools.product(BODIES, ["Ketua", "Anggota"], DIVISIONS[:2],
                                                                        NAMES[:2], MARKS)]

NOT_OFFICIALS = ["Divisi Advokasi ICW Budi Santoso mengatakan pengawasan lemah.",
                 "Di KPU Jambi, Divisi Teknis Penyelenggaraan sudah bekerja sejak pagi.",
                 "Panwascam Cibeber menggelar sosialisasi. Materi disampaikan Divisi Hukum (HPP) Panwascam, yaitu "
                 "seorang staf.",
                 "Ketua Divisi Pelaporan Tim Pemenangan Pasangan Budi Santoso memberikan laporan.",
                 # a division with no body named before it in its sentence, or after a capitalised acronym
                 "Tim pemenangan pasangan calon didampingi Divisi Hukum Rudi Hartono mendatangi Bawaslu Kota Jambi.",
                 "Bawaslu Kota Jambi menerima laporan. Ketua DPC partai didampingi Divisi Hukum Rudi Hartono "
                 "menyerahkan berkas.",
                 "Rapat PPK Divisi Teknis Budi Santoso berjalan lancar."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, the look-alikes after them."""
    return analyse_all([form[0] for form in FORMS] + NOT_OFFICIALS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:80]))
def test_a_division_named_alone_has_its_coordinator(analysed: list, k: int, text: str, name: str,
                                                    agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found


@pytest.mark.parametrize(("k", "text"), [pytest.param(len(FORMS) + k, t, id=t[:60])
                                         for k, t in enumerate(NOT_OFFICIALS)])
def test_a_division_look_alike_names_no_holder(analysed: list, k: int, text: str) -> None:
    assert [o.name for o in analysed[k].officials] == []
