"""The penalty due named with its possessive ("akan menerima ganjarannya") threatens servants as "ganjaran" does; a
heading with no addressee ("Bakal Ada Ganjarannya") and the penalty as a topic ("Soal ganjarannya, ...") give none.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"

# (text, whether it must give a sanction)
FORMS: list[tuple[str, bool]] = [
    ("Pegawai yang terbukti berpihak pada Pilkada 2024 pasti akan menerima ganjarannya, kata Sekda.", True),
    ("ASN yang ikut kampanye calon Pilkada 2024 akan mendapat ganjaran setimpal.", True),
    # look-alikes
    ("Bakal Ada Ganjarannya", False),
    ("Soal ganjarannya, Bupati menyerahkan semuanya kepada Bawaslu pada Pilkada 2024.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "threat"), indexed(FORMS, lambda v: v[0][:64]))
def test_penalty_due_possessive(analysed: list, k: int, text: str, threat: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (S in got) == threat
