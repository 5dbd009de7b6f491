"""A rule to be obeyed, a rule noun before 'yang' and a verb of obeying after the modal ('Berikut kode etik yang harus
dipatuhi bersama', 'mereka punya rambu-rambu yang harus dipatuhi', 'ada norma yang wajib ditaati'), gives the rule to
whom the story addresses, as a modal after a copula does: the read gold gives 6 of the 7 such sentences an obligation.
Other things in a relative clause ('pose-pose yang dilarang') still need an addressee of their own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Berikut kode etik yang harus dipatuhi bersama selama masa kampanye.", ("obligation",)),
    ("Mereka punya rambu-rambu yang harus dipatuhi dan diatur undang-undang.", ("obligation",)),
    ("Ada norma yang wajib ditaati selama tahapan pilkada.", ("obligation",)),
    ("Sosialisasi itu menjelaskan aturan yang mesti dijalankan sampai pemungutan suara.", ("obligation",)),
    ("Inilah ketentuan yang harus diikuti selama masa tenang.", ("obligation",)),
    # not a rule obeyed, or not by them: as before
    ("Ada aturan yang harus kita ikuti dalam bekerja.", ()),
    ("Fotografer memamerkan pose-pose yang dilarang.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_rule_to_be_obeyed_binds_the_addressees(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
