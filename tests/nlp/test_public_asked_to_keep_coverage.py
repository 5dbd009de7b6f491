"""Everyone or the public asked to keep civil servants neutral ('mengajak seluruh pihak untuk bersama-sama menjaga
netralitas ASN', 'mengajak masyarakat ikut menjaga netralitas ASN'): a civic call, not an instruction. Heads and
offices asked to keep them neutral, candidates asked not to use them, and civil servants named beside everyone stay
appeals."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

CONTEXT = "Netralitas ASN pada Pilkada 2024 menjadi perhatian pemerintah daerah."

PROBES: list[tuple[str, set[str]]] = [
    ("Dalam acara itu, ketua panitia mengajak semua pihak untuk bersama-sama menjaga netralitas ASN.", set()),
    ("Kapolda mengajak masyarakat ikut menjaga netralitas ASN selama masa kampanye.", set()),
    ("Ia mengajak seluruh stakeholder agar memastikan netralitas ASN tetap terjaga.", set()),
    ("Ketua KPU mengajak insan pers untuk ikut menegakkan netralitas ASN.", set()),
    # heads asked, candidates asked about using them, civil servants named beside everyone
    ("Gubernur meminta para bupati untuk menjaga netralitas ASN di daerahnya.", {"appeal"}),
    ("Mendagri mengimbau kepala daerah agar memastikan seluruh ASN tidak terlibat kampanye.", {"appeal"}),
    ("Bawaslu meminta semua pasangan calon tidak melibatkan ASN dalam kampanye.", {"appeal"}),
    ("Sekda mengajak semua pihak, terutama ASN, untuk menjaga netralitas.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analyses(analyse_all) -> list:
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(PROBES, lambda v: v[0][:60]))
def test_public_asked_to_keep(analyses: list, k: int, sentence: str, kinds: set[str]) -> None:
    got = {d.kind for d in analyses[k].directives if d.sentence.strip() != CONTEXT}
    assert got == kinds
