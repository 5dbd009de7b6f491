"""Probe list of a verb of telling with whom it tells after "kepada", past the verb's comma too ("menegaskan, kepada
seluruh ASN untuk ..."), and of what they are told put with a modal of ability instead of a link ("menyampaikan
kepada para pegawai bisa menjaga netralitas"): both ask it of them, as "meminta ASN dapat hadir" does. Outsiders told
("kepada wartawan bisa ...") and a penalty they can incur ("dapat dikenai sanksi") ask no conduct of them. Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Sekda menegaskan, kepada seluruh ASN untuk tidak menghadiri kampanye Pilkada 2024.", A),
    ("Kepala dinas menyampaikan kepada para pegawai bisa menjaga netralitas selama Pilkada 2024.", A),
    ("Kami tekankan, kepada seluruh PNS dapat tidak memihak pada Pilkada 2024.", A),
    ("Sekda menyampaikan kepada wartawan bisa memantau tahapan Pilkada 2024.", set()),
    ("Sekda menyampaikan, kepada warga dapat datang ke TPS pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_told_after_kepada_with_an_ability_asks_them(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
