"""Probe list of warnings in the borrowed word "mewarning" with the civil servants as its object, then a link and
their conduct ("Bupati mewarning ASN untuk tidak ikut kampanye", "Sekda mewarning para camat agar netral"): they ask
it of them as "mewarning agar ..." does. Violators warned ("mewarning pejabat yang bersikap tidak netral") and the
public warned ask nothing of civil servants. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati mewarning ASN untuk tidak ikut kampanye pada Pilkada 2024.", A),
    ("Sekda mewarning para camat agar netral pada Pilkada 2024.", A),
    ("Kepala BKD kembali mewarning seluruh ASN supaya tidak memasang foto calon pada Pilkada 2024.", A),
    ("Gubernur mewarning pejabat Pemprov yang bersikap tidak netral pada Pilkada 2024.", set()),
    ("Bupati mewarning warga untuk tidak golput pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_borrowed_warning_with_its_link_asks_the_civil_servants(analysed: list, k: int, text: str,
                                                                  kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
