"""Leave with an adverb between "bisa"/"dapat" and the conduct ("bisa langsung mengakses", "dapat pula hadir").

The adverb leaves the leave as it is; "saja" after the modal makes it a guess ("bisa saja terkena sanksi"), and a
negated modal gives no leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

CASES: list[tuple[str, set[str]]] = [
    (LEAD + "Pegawai kecamatan bisa langsung mengakses visi misi para calon melalui laman KPU.", {"permission"}),
    (LEAD + "Para guru dapat pula hadir dalam kampanye sebagai pendengar.", {"permission"}),
    # ... a guess, or the leave refused: none
    (LEAD + "Pegawai kecamatan bisa saja mengakses visi misi para calon melalui laman KPU.", set()),
    (LEAD + "Para guru tidak dapat pula hadir dalam kampanye karena jam kerja.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_leave_past_an_adverb(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
