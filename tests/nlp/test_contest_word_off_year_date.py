"""A whole date after a contest word, in a year between two of that contest's cycles, is another event's day.

"kunjungan calon legislatif pada 26 November 2018" names a candidate's visit, not a general election of 2018 (none
was held): the date does not date the contest word, so the story's contest comes from its other signals (the
general election of 2019 here), never a key no contest has. A date in a year the contest was held still dates it
("Pilpres 9 Juli 2014", "Pilkada Serentak 9 Desember 2020"). The stories were written for this list, not taken
from any article; all are analysed in one batch, without a publication date.
"""

from __future__ import annotations

import pytest

# (text, expected election key)
PROBES: list[tuple[str, str]] = [
    # an event's date after a candidate word, in a year no general election was held
    ("Bawaslu Kabupaten Sarolangun memanggil tiga guru PNS, Senin (14/01/2019). Mereka berfoto bersama calon "
     "legislatif pada 26 November 2018 lalu dan mengunggahnya. ASN dilarang berpihak dalam pemilu.", "pemilu-2019"),
    ("ASN wajib netral dalam Pemilu 2024. Penetapan daftar calon tetap caleg pada 3 November 2023 sudah dilakukan. "
     "Bawaslu mengingatkan ASN agar tidak mendukung caleg.", "pemilu-2024"),
    ("Bawaslu mengingatkan ASN agar tidak mendukung caleg. Penetapan daftar calon tetap caleg pada 3 November 2023 "
     "sudah dilakukan KPU. ASN wajib netral dalam pemilu.", "pemilu-2024"),
    # a date in a year the contest was held dates it
    ("Sekda meminta ASN netral pada Pilkada Serentak 9 Desember 2020. ASN dilarang ikut kampanye.", "pilkada-2020"),
    ("PNS dilarang berpihak pada Pilpres 9 Juli 2014, kata Bupati. ASN harus netral.", "pemilu-2014"),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in PROBES], published=None)


@pytest.mark.parametrize(("k", "expected"), [(k, e) for k, (_, e) in enumerate(PROBES)],
                         ids=[t[:40] for t, _ in PROBES])
def test_a_whole_date_dates_the_contest_only_in_a_year_it_was_held(analyses, k: int, expected: str) -> None:
    assert analyses[k].election == expected
