"""The contest's winner, whoever it is ('Siapa pun yang menang harus merangkul semua golongan', 'Pemenang pilkada harus
...'), is a candidate, not a civil servant: a duty laid on the winner binds none of the civil servants the story
addresses, as the read gold counts it. Civil servants told to serve whoever wins stay bound."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Siapa pun yang menang harus merangkul semua golongan.", ()),
    ("Siapapun yang terpilih wajib menuntaskan janji kampanyenya.", ()),
    ("Pemenang pilkada harus segera menyusun kabinet daerahnya.", ()),
    # the civil servants' own duty, whoever wins: obligations still
    ("Siapa pun yang terpilih nanti, ASN harus tetap netral dan profesional.", ("obligation",)),
    ("ASN harus melayani siapa pun yang menang dengan profesional.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_the_winners_duty_binds_no_civil_servant(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
