"""A ban or a request to candidates or campaign teams about taking civil servants along, in the election laws' own
verb ("tim kampanye dilarang mengikutsertakan ASN", "agar tidak mengikutsertakan ASN"), is about using civil
servants, as "melibatkan" is: the read gold counts it (a ban in 2 outlets, an appeal in 2). Taking along anyone else,
or being taken into a selection, is none. Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list = [
    ({"prohibition"}, "Menurut undang-undang, tim kampanye dilarang mengikutsertakan ASN dalam kegiatan kampanye."),
    ({"prohibition"}, "Pasangan calon tidak boleh mengikutsertakan aparatur sipil negara dalam kampanye Pilkada 2024."),
    ({"appeal"}, "Bawaslu mengimbau pasangan calon agar tidak mengikutsertakan ASN dalam kampanye Pilkada 2024."),
    (set(), "Tim kampanye dilarang mengikutsertakan anak-anak dalam kampanye Pilkada 2024."),
    (set(), "Pelamar PPPK akan diikutsertakan dalam seleksi tahap kedua tahun ini."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([values(p)[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_taking_civil_servants_along(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
