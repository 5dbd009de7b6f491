"""A title opening the clause of a word of leave names whose leave it is (permission precision).

An official's title is no addressee where its holder speaks, so "Bupati Sleman boleh ikut berkampanye" had no subject
and gave leave to the story's civil servants. As for a passive request ("Pj Bupati Bogor diharapkan ..."), a title that
opens the clause with no verb before the word of leave names the one who may: a head of government takes the leave; a
civil servant's post ("Sekda", "Camat") keeps it; a head on leave from office keeps the leave the read gold counts
(`leave_on_furlough`). The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

# (text, kinds expected in the second sentence)
CASES: list[tuple[str, set[str]]] = [
    # a head's own leave: none for civil servants
    (LEAD + "Bupati Sleman boleh ikut berkampanye pada hari libur.", set()),
    # ... a head on furlough keeps the counted leave
    (LEAD + "Bupati Sleman boleh ikut berkampanye asalkan mengambil cuti.", {P}),
    # ... and a civil servant's post keeps the leave
    (LEAD + "Sekda boleh hadir sebagai pendengar di kampanye.", {P}),
    (LEAD + "Camat boleh hadir di kampanye sebagai pendengar.", {P}),
    # ... as does a title that only speaks, a verb between
    (LEAD + "Bupati Sleman menyebut pegawai boleh menonton debat di rumah.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_titled_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
