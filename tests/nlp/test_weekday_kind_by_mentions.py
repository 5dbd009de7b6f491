"""Undated stories that write a day with its weekday and name both contests, one of them more often.

A story that prints no year is dated by its weekday's calendar ('Rabu (28/8)' fits 2013, 2019 and 2024): the
fitting day nearest a contest of the kind the story names most. Every mention counts, so a story that names the
general election once ('ASN wajib netral dalam Pemilu maupun Pilkada') and then speaks of the regional contest
throughout is about the regional one, whichever it names first; and the other way round. The stories were
written for this list, not taken from any article; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

# (text, expected election key)
PROBES: list[tuple[str, str]] = [
    # the general election named first, once; the regional contest named more often
    ("Setiap ASN wajib menjaga netralitas dalam Pemilu maupun Pilkada. Pj Bupati mengimbau ASN tidak terlibat "
     "politik praktis, Rabu (28/8). ASN diminta netral dalam Pemilihan Gubernur maupun Pemilihan Bupati. ASN yang "
     "melanggar netralitas selama Pilkada akan disanksi.", "pilkada-2024"),
    ("Netralitas ASN diatur untuk pemilu dan pilkada. Sekda memimpin apel, Rabu (28/8), dan meminta ASN netral "
     "pada pilkada. Pilkada nanti diawasi ketat, dan calon bupati dilarang memakai ASN.", "pilkada-2024"),
    # the regional contest named first, once; the general election named more often
    ("ASN harus netral dalam pilkada maupun pemilu. Sekda mengingatkan ASN, Senin (11/12), agar netral pada "
     "pemilu. Pemilu tinggal dua bulan, dan ASN dilarang mendukung caleg.", "pemilu-2024"),
    # one kind only: unchanged
    ("Pj Bupati memimpin apel, Rabu (28/8). ASN diminta netral dalam pilkada.", "pilkada-2024"),
    ("Sekda memimpin apel, Senin (11/12). ASN diminta netral dalam pemilu.", "pemilu-2024"),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in PROBES], published=None)


@pytest.mark.parametrize(("k", "expected"), [(k, e) for k, (_, e) in enumerate(PROBES)],
                         ids=[t[:40] for t, _ in PROBES])
def test_weekday_year_follows_the_kind_named_most(analyses, k: int, expected: str) -> None:
    assert analyses[k].election == expected
