"""Probe list of wishes that put their means first, closed by a comma ("Semoga dengan adanya ikrar ini, semua ASN ...",
"Mudah-mudahan melalui apel ini, para pegawai ...", "Harapannya, lewat sosialisasi tersebut, ASN ..."): whom the
wish is about is named right after the comma, as after "berharap", and the read half's gold gives such a wish about
civil servants an appeal. Everyone, the event or a person inside the means asks nothing. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Semoga dengan adanya ikrar bersama ini, seluruh ASN tetap netral pada Pilkada 2024.", A),
    ("\"Semoga dengan pakta integritas ini, para pegawai terhindar dari politik praktis,\" kata Bupati jelang "
     "Pilkada 2024.", A),
    ("Mudah-mudahan melalui apel ini, para camat dan lurah tidak memihak pada Pilkada 2024.", A),
    ("Harapannya, lewat sosialisasi tersebut, ASN menjaga netralitas pada Pilkada 2024.", A),
    ("Semoga dengan sosialisasi ini, semua pihak mematuhi aturan pada Pilkada 2024.", set()),
    ("Semoga dengan doa bersama ini, Pilkada 2024 berjalan aman dan damai.", set()),
    ("Semoga dengan kehadiran para ASN, acara ini berjalan meriah jelang Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_wish_through_its_means_asks_those_named_after(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
