"""Care asked with a comma before what it is about ("Hati-hati, dalam bermedia sosial", "berhati-hatilah, khususnya
di medsos"): the comma right after the imperative, before a focusing word, leaves its clause open, so the conduct
after it makes the imperative the civil servants' (appeal recall).

A generic imperative of care asks civil servants only with their conduct in reach in its clause; reporters often put
a comma between the verb and the focus ("terutama", "khususnya", "dalam"). Before anything else the comma still ends
the clause: "Jadi hati-hati, jangan sampai ..." is asked by its ban, and care about the weather asks nothing of them.
The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Sekda berbicara di depan ASN soal Pilkada 2024. "

# (sentence, kind, whether that kind is expected)
CASES: list[tuple[str, str, bool]] = [
    ('"Hati-hati, terutama dalam bermedsos selama tahapan kampanye," katanya.', "appeal", True),
    ('"Makanya berhati-hatilah, khususnya saat memakai media sosial," ujarnya.', "appeal", True),
    ('"Hati-hatilah, dalam bermedia sosial, misalnya saat mengomentari unggahan calon," katanya.', "appeal", True),
    # a ban after the comma is what is asked; care about anything else asks nothing of them
    ('"Jadi hati-hati, jangan sampai ikut berkampanye," katanya.', "appeal", False),
    ('"Jadi hati-hati, jangan sampai ikut berkampanye," katanya.', "prohibition", True),
    ('"Hati-hati, terutama saat jalan licin sehabis hujan," katanya.', "appeal", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _, _ in CASES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "kind", "expected"), indexed(CASES, lambda v: f"{v[1]}-{v[0][:64]}"))
def test_care_imperative_comma_focus(analysed: list, k: int, sentence: str, kind: str, expected: bool) -> None:
    got = sentence_kinds(analysed[k], sentence)
    assert (kind in got) is expected, (sentence, got)
