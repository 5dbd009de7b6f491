"""A regional office written in lower case without its region after a word that singles out one office ('selaku
kepala dinas sosial', 'pihak dinas pendidikan', 'di bawah naungan dinas kesehatan'): that office of the region the
story is about, as its capitalised name alone is. Look-alikes: the office's word in lower case on its own, which is
the kind of office or a thing of the service ('pakaian dinas', 'dinas terkait', 'mobil dinas pendidikan')."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (story, agency expected or None, agency that must not be read or None)
PROBES: list[tuple[str, str | None, str | None]] = [
    ("Bawaslu Kabupaten Grobogan menemukan dugaan pelanggaran netralitas ASN dalam Pilkada 2024. Menurut Bawaslu, "
     "Suparno selaku kepala dinas sosial ikut menghadiri kampanye salah satu calon.",
     "Dinas Sosial Kabupaten Grobogan", None),
    ("Bawaslu Kota Pekalongan menerima laporan guru ASN yang diduga tidak netral pada Pilkada 2024. Bawaslu sudah "
     "berkoordinasi dengan pihak dinas pendidikan untuk memanggil guru tersebut.",
     "Dinas Pendidikan Kota Pekalongan", None),
    ("Bupati Wonosobo mengingatkan ASN agar netral pada Pilkada 2024. Seluruh tenaga kesehatan di bawah naungan "
     "dinas kesehatan diminta tidak ikut berkampanye.",
     "Dinas Kesehatan Kabupaten Wonosobo", None),
    ("Bupati Wonosobo mengingatkan ASN agar netral pada Pilkada 2024. Pengawasan internal dinas pendidikan juga "
     "diperketat selama masa kampanye.",
     "Dinas Pendidikan Kabupaten Wonosobo", None),
    # the word alone in lower case: the kind of office, or a thing of the service
    ("Bupati Wonosobo mengingatkan ASN agar netral pada Pilkada 2024. ASN dilarang memakai pakaian dinas saat "
     "menghadiri kampanye.", None, "Dinas Pendidikan Kabupaten Wonosobo"),
    ("Bawaslu Kota Pekalongan menerima laporan guru ASN yang diduga tidak netral pada Pilkada 2024. Rekomendasi "
     "diteruskan kepada dinas terkait untuk ditindaklanjuti.", None, "Dinas Pendidikan Kota Pekalongan"),
    ("Bawaslu Kabupaten Grobogan menemukan dugaan pelanggaran netralitas ASN dalam Pilkada 2024. Seorang guru "
     "terlihat memakai mobil dinas pendidikan saat kampanye.", None, "Dinas Pendidikan Kabupaten Grobogan"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "expected", "absent"), indexed(PROBES, lambda v: v[0][60:120], first=1))
def test_a_lower_case_office_singled_out_is_the_story_regions(analysed: list, k: int, expected: str | None,
                                                              absent: str | None) -> None:
    names = {m.agency for m in analysed[k].agencies}
    if expected is not None:
        assert expected in names, names
    if absent is not None:
        assert absent not in names, names
