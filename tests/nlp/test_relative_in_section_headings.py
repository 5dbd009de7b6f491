"""Probe list of a section's heading that keeps the relative "yang" in lower case: a short line of its own with no
closing mark, its other words capitalised but for links ("Hukuman bagi Pegawai yang Ikut Berkampanye"), names the
topic the paragraph under it states, and gives no directive of its own, as the read half's gold counts none. A line
of prose with "yang" (lower-case words, or a closing mark) still gives its directive. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BEFORE = "Kepala BKD mengingatkan seluruh ASN agar netral dalam Pilkada 2024.\n\n"
AFTER = "\n\nMenurut aturan itu, ASN wajib menjaga netralitas."
BODY = {"appeal", "obligation"}
PENALISED = BODY | {"sanction"}

# (the line between two paragraphs, the directive kinds the analysis must give for the whole text)
FORMS: list[tuple[str, set[str]]] = [
    ("Hukuman bagi Pegawai yang Ikut Berkampanye", BODY),
    ("Sanksi untuk ASN yang Tidak Netral", BODY),
    ("ASN yang Berkampanye Terancam Dipecat", BODY),
    # look-alikes: prose
    ("ASN yang ikut berkampanye terancam dipecat", PENALISED),
    ("Sanksi menanti ASN yang Tidak Netral.", PENALISED),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([BEFORE + line + AFTER for line, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "line", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_heading_with_a_lower_case_relative_states_no_directive(analysed: list, k: int, line: str,
                                                                   kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
