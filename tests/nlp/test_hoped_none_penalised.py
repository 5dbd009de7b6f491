"""Probe list of penalties after a hope and a word of none earlier in their clause ("kita harap tidak ada pegawai di
kota ini mendapat sanksi", "semoga tak ada lagi kepala desa dipidana"): nobody penalised is wished, no penalty
threatened. Negatives: a penalty past the comma, past a condition or past a reason. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
CONTEXT = "Bupati meminta seluruh ASN netral dalam Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "\"Tahun ini kita harap tidak ada pegawai di kota ini mendapat sanksi,\" ujarnya.", set()),
    (CONTEXT + "Semoga tak ada lagi kepala desa di kabupaten ini dipidana.", set()),
    (CONTEXT + "Kami berharap pegawai netral, jika tidak ada itikad baik akan kami beri sanksi.", S),
    (CONTEXT + "Kami berharap tidak ada pegawai yang terlibat karena akan kami pecat.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][55:120]))
def test_a_hope_that_none_is_penalised_threatens_none(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
