"""A story about a contest held before a province was carved out is about the province the place belonged to then.

Papua Selatan, Papua Tengah and Papua Pegunungan were made on 25 July 2022 and Papua Barat Daya on 8 December 2022.
A story on the 2018 regional elections in Mimika is about Papua, one on the 2017 election in Sorong about Papua
Barat, as reporters then wrote them. The contest must be written with its year (or the story's date be printed):
a contest inferred from a mistyped day ('Senin (7/10/2014)' in a story of 2024) says nothing. Stories of the 2024
contests, and places of provinces that were not split, are unchanged. The stories were written for this list, not
taken from any article; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

# (text, publication date, expected province)
PROBES: list[tuple[str, str | None, str | None]] = [
    # a contest held before the split, its year written
    ("Bupati Mimika mengingatkan ASN agar tidak mendukung calon dalam Pilkada 2018. ASN yang berpihak akan dicopot.",
     None, "Papua"),
    ("Wali Kota Sorong meminta seluruh ASN Pemkot Sorong netral pada Pilkada 2017. ASN dilarang ikut kampanye.",
     None, "Papua Barat"),
    ("Bupati Merauke meminta ASN menjaga netralitas dalam Pemilu 2019. ASN tidak boleh berpihak kepada caleg.",
     None, "Papua"),
    # ... or the story's date printed before the split
    ("Bupati Mimika meminta ASN netral dalam pilkada. ASN yang terlibat kampanye akan disanksi.", "2020-09-10",
     "Papua"),
    # the 2024 contests: the new provinces
    ("Pj Bupati Jayawijaya meminta ASN netral dalam Pemilu 2024. ASN dilarang berpihak.", None, "Papua Pegunungan"),
    ("Pj Bupati Mimika meminta ASN netral dalam pilkada. ASN yang terlibat kampanye akan disanksi.", "2024-10-07",
     "Papua Tengah"),
    # a contest inferred from a mistyped day only
    ("Ketua KPU Mimika menemui Pj Bupati Mimika, Senin (7/10/2014), dan meminta ASN netral dalam pilkada. ASN tidak "
     "boleh mengintervensi KPPS.", None, "Papua Tengah"),
    # a place of a province that was not split
    ("Bupati Jayapura meminta ASN netral pada Pilkada 2017. ASN dilarang ikut kampanye.", None, "Papua"),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _, _ in PROBES], published=[p for _, p, _ in PROBES])


@pytest.mark.parametrize(("k", "expected"), [(k, e) for k, (_, _, e) in enumerate(PROBES)],
                         ids=[t[:40] for t, _, _ in PROBES])
def test_province_of_the_time(analyses, k: int, expected: str | None) -> None:
    assert analyses[k].province == expected
