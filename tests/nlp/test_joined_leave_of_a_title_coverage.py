"""A leave joined by "dan"/"serta" to a leave a title opens is that title's too (permission precision).

"Bupati Sleman boleh ikut berkampanye dan boleh memihak": the first "boleh" is the head's leave, as its title opens
the clause; the second, after a verb, looked for a subject of its own, found none and went to the story's civil
servants. Joined to the first, it shares the first's subject. A civil servant's post or the civil servants keep their
leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

# (text, kinds expected in the second sentence)
CASES: list[tuple[str, set[str]]] = [
    (LEAD + "Bupati Sleman boleh ikut berkampanye dan boleh memihak.", set()),
    (LEAD + "Kalau Bupati Sleman boleh berkampanye serta boleh memihak, ASN tetap dilarang ikut.", {"prohibition"}),
    # the joined leave of a civil servant's post or of the civil servants stays
    (LEAD + "Sekda boleh hadir dan boleh mendengarkan visi misi calon.", {"permission"}),
    (LEAD + "Pegawai boleh memilih dan boleh hadir sebagai pendengar.", {"permission"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_joined_leave_of_a_title(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
