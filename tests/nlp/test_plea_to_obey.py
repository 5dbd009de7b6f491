"""A plea that what was just said be obeyed ("Mohon ini dapat dipatuhi", "hal ini harap dicatat, disimak dan
dilaksanakan") asks the civil servants the story addresses, as "Mohon tetap netral" does: the plea word, maybe a
pointer or an ability, then passives only up to one of obeying (also written apart, "di taati"). A plea for attention
alone ("mohon ini diperhatikan"), for pardon or for support asks no one. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Wali Kota meminta seluruh ASN di lingkungan Pemkot menjaga netralitas pada Pilkada 2024."

# (the sentence after LEAD, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Mohon ini benar-benar ditaati oleh kita semua,\" kata Wali Kota.", {"appeal"}),
    ("\"Sekali lagi, hal ini harap diingat dan dijalankan,\" kata Wali Kota.", {"appeal"}),
    ("\"Surat edaran itu mohon dapat di taati,\" kata Wali Kota.", {"appeal"}),
    # attention alone, pardon, support: no request of their conduct
    ("\"Kami mohon ini diperhatikan,\" kata Wali Kota.", set()),
    ("\"Mohon maaf bila acara ini terlambat dimulai,\" kata Wali Kota.", set()),
    ("\"Kami mohon dukungan semua pihak agar pilkada berjalan damai,\" kata Wali Kota.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead addressing the civil servants."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_plea_to_obey_asks_the_civil_servants(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
