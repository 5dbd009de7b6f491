"""A regional office named without its holder places the story in its province.

Reporters often name the office alone ("Bupati Kendal meminta ...") or write the holder's name in a form the
rules do not read as a name ("Pjs Bupati Mukomuko, M.Rizon"): the office still says which regency the story is
about, and weighs as a named holder's would (once per institution), not as the regency's name inside it alone. A
national lead keeps its story national: an office named after it is an example, weighed less; an office named only
in a link to another story places nothing. The stories were written for this list, not taken from any article; all
are analysed in one batch.
"""

from __future__ import annotations

import pytest

# (text, expected province)
PROBES: list[tuple[str, str | None]] = [
    # the office alone, or with a holder's name the rules do not read
    ("Bupati Kendal meminta seluruh ASN menjaga netralitas dalam Pilkada 2024. ASN dilarang ikut kampanye.",
     "Jawa Tengah"),
    ("Pjs Bupati Mukomuko, M.Rizon, menyampaikan semua pegawai harus netral dan tidak memihak dalam Pilkada 2024.",
     "Bengkulu"),
    ("Wakil Bupati Sleman mengingatkan ASN tidak terlibat politik praktis menjelang Pilkada 2024. Bawaslu ikut "
     "mengawasi.", "Daerah Istimewa Yogyakarta"),
    ("Dalam apel pagi, Pj Wali Kota Kendari menegaskan ASN wajib netral pada Pemilu 2024.", "Sulawesi Tenggara"),
    # a national lead: the office named after it is an example
    ("Menteri Dalam Negeri Tito Karnavian meminta ASN netral pada Pilkada 2024. Kemendagri menerima banyak laporan. "
     "Ia mencontohkan laporan yang menyeret Bupati Kendal.", None),
    # an office only in a link to another story
    ("Ketua Bawaslu RI Rahmat Bagja meminta ASN netral dalam Pilkada 2024.\nBaca juga: Bupati Kendal Resmikan Pasar "
     "Baru\nBawaslu akan menindak ASN yang berpihak.", None),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in PROBES])


@pytest.mark.parametrize(("k", "expected"), [(k, e) for k, (_, e) in enumerate(PROBES)],
                         ids=[t[:40] for t, _ in PROBES])
def test_an_office_without_its_holder_places_the_story_in_its_province(analyses, k: int,
                                                                       expected: str | None) -> None:
    assert analyses[k].province == expected
