"""Probe list of the regional election commission by its own short name, generated as frames x regions x forms.

'KPUD' is the regional commission's word: written alone in a story about one regency or city ('Ketua KPUD menyebut
...', 'laporan dikirim ke KPUD'), it is that region's commission, as the read gold lists it in 8 of the 10 stories
that write it alone, where it had been the national KPU. Where no region can be told it stays the national one, and
in brackets it restates the name before it ('Komisi Pemilihan Umum Daerah (KPUD)'), as an earlier reading keeps.
Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

NATIONAL = "Komisi Pemilihan Umum"
LEADS = [  # the story's region told first, by a body or a place
    "Bawaslu {lvl} {p} memanggil dua ASN yang diduga tidak netral pada Pilkada 2024.",
    "Sejumlah ASN di {lvl} {p} diingatkan menjaga netralitas menjelang Pilkada 2024.",
]
FRAMES = [  # the commission alone, as subject, object, after an office or in a list
    "Ketua KPUD mengatakan tahapan pencalonan masih berjalan.",
    "Laporan itu juga sudah diteruskan ke KPUD pekan lalu.",
    "Menurut KPUD, berkas bakal calon masih dilengkapi.",
    "Rapat itu dihadiri Sekretaris KPUD dan sejumlah camat.",
]
REGIONS = [("Kabupaten", "Bojonegoro"), ("Kabupaten", "Tanah Bumbu"), ("Kota", "Tegal"), ("Kabupaten", "Lebak")]
PLACED = [(f"{lead.format(lvl=lvl, p=p)} {frame}", f"Komisi Pemilihan Umum {lvl} {p}", True)
          for lead, frame, (lvl, p) in product(LEADS, FRAMES, REGIONS)]
UNPLACED = [  # no region to tell, or the spelt-out name restated: the national commission, none regional
    ("Menurut pengamat, KPUD harus bekerja profesional pada Pemilu 2024.", NATIONAL, True),
    ("Komisi Pemilihan Umum Daerah (KPUD) diminta menyiapkan logistik Pemilu 2024 sejak awal.", NATIONAL, True),
    ("Bawaslu Kabupaten Nabire mengajak Komisi Pemilihan Umum Daerah (KPUD) bekerja sama mengawasi ASN.",
     "Komisi Pemilihan Umum Kabupaten Nabire", False),
]
FORMS = PLACED + UNPLACED


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: f"{v[0][-60:]}|{v[1]}"))
def test_the_commission_alone_is_listed_as_the_gold_lists_it(analysed: list, k: int, text: str, agency: str,
                                                           listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed, {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text"), [pytest.param(j, p[0], id=p[0][-60:]) for j, p in enumerate(PLACED)])
def test_the_regional_commission_is_not_the_national_one(analysed: list, k: int, text: str) -> None:
    assert NATIONAL not in {m.agency for m in analysed[k].agencies}
