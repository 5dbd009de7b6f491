"""A speech verb with no "bahwa" nor comma after it, then civil servants listed with the forces by commas ('Ia
mengatakan setiap ASN, TNI dan Polri wajib bebas konflik kepentingan'), gives the rule to the whole list: the comma
lists the subjects and opens no clause after the first of them, as the read gold gives both such sentences (2 outlets)
a directive. A comma after a speech verb that names someone else before it still opens the reported clause."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

# (sentence, the kinds of directive it gives alone)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Ia mengatakan ASN, TNI dan Polri wajib netral dalam Pilkada 2024.", ("obligation",)),
    ("Bupati menyebut seluruh PNS, TNI, dan Polri harus menjaga jarak dengan calon dalam Pilkada 2024.",
     ("obligation",)),
    ("Ia menegaskan setiap pegawai, anggota TNI dan Polri dilarang berkampanye dalam Pilkada 2024.", ("prohibition",)),
    ("Dia berharap ASN, TNI dan Polri diharapkan netral dalam Pilkada 2024.", ("appeal",)),
    # the comma ends a clause of someone else: as before
    ("Kata Bupati, masyarakat harus datang ke TPS dalam Pilkada 2024.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_listed_subject_after_speech_takes_the_rule(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
