"""Probe list: a very short sentence in direct speech that names no one is reported with the next sentence of its
paragraph; where that next sentence states the same kind of directive itself, the statement is given once, as the
joined text, not a second time as the next sentence alone. A short sentence naming whom it binds, a next sentence of
another kind and a reporter's own short sentence keep their directives. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bupati mengumpulkan para pegawai jelang pilkada.\n\n"

# (text, kind, the directive texts of that kind the analysis reports)
FORMS: list[tuple[str, str, set[str]]] = [
    (LEAD + '"Ada sanksinya nanti. Pegawai yang berkampanye bisa dicopot dari jabatannya," kata Bupati.', "sanction",
     {'"Ada sanksinya nanti. Pegawai yang berkampanye bisa dicopot dari jabatannya," kata Bupati.'}),
    (LEAD + '"Jangan ikut-ikutan. Pegawai jangan memasang stiker calon di mobil dinas," ujarnya.', "prohibition",
     {'"Jangan ikut-ikutan. Pegawai jangan memasang stiker calon di mobil dinas," ujarnya.'}),
    # look-alikes: each sentence keeps its own directive
    (LEAD + '"Pegawai harus netral. Para camat harus menjadi contoh bagi stafnya," ujarnya.', "obligation",
     {'"Pegawai harus netral. Para camat harus menjadi contoh bagi stafnya," ujarnya.',
      'Para camat harus menjadi contoh bagi stafnya," ujarnya.'}),
    (LEAD + "Ada sanksinya nanti. Pegawai yang berkampanye bisa dicopot dari jabatannya.", "sanction",
     {"Ada sanksinya nanti.", "Pegawai yang berkampanye bisa dicopot dari jabatannya."}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kind", "reported"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 64]))
def test_a_short_quote_stated_once(analysed: list, k: int, text: str, kind: str, reported: set[str]) -> None:
    assert {d.sentence for d in analysed[k].directives if d.kind == kind} == reported
