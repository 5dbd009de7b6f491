"""An event a verb in a fronted condition acts on is not whom the leave after the comma is for ("Kalau cuma menonton
debat kandidat, tidak masalah") (permission recall).

The event ("kampanye", "debat") is the object of the conduct the condition names; the leave's civil servants come
from the context. An event that is the condition's own subject ("Jika kampanye digelar ...") keeps giving none. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Panwas kabupaten menjelaskan batas netralitas para guru berstatus PNS pada pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Jika sekadar menyimak kampanye dari kejauhan, tidak ada masalah.", True),
    ("Kalau hanya mendengar debat kandidat di televisi, itu boleh.", True),
    ("Bila cuma melihat kampanye paslon sepulang kerja, sah-sah saja.", True),
    # the event is the condition's subject, or there is no condition: no leave for anyone
    ("Jika kampanye berlangsung pada hari Minggu, tidak ada masalah.", False),
    ("Kalau pilkada berjalan tertib, tidak ada masalah.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_conditioned_event_act_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
