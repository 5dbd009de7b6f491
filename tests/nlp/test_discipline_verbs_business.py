"""Probe list of requests about discipline at work named by its verbs (berdisiplin, mendisiplinkan) and punctuality at
the roll call (terlambat, keterlambatan): heads ask them of their staff at the same roll calls where they speak of
neutrality, and in a sentence naming nothing of the election they are other business, no appeal. Negatives: the
same words joined with the election in the clause stay appeals. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati memimpin apel pagi bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia meminta seluruh pegawai menunjukkan kemampuan berdisiplin mulai dari hal kecil.", set()),
    ("Ia berharap para ASN mendisiplinkan diri dalam bekerja setiap hari.", set()),
    ("Sekda mengingatkan pegawai agar tidak ada lagi yang terlambat mengikuti apel.", set()),
    ("Kepala dinas diminta menekan angka keterlambatan stafnya pekan depan.", set()),
    ("Ia meminta ASN berdisiplin dan tidak ikut kampanye paslon mana pun.", {"appeal"}),
    ("Ia mengingatkan pegawai agar tidak terlambat datang ke TPS pada hari pencoblosan.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_discipline_verbs_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
