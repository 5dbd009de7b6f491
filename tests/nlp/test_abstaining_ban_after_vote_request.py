"""Probe list of a ban on abstaining ("jangan golput", "jangan sampai golput") with no addressee of its own. Right
after a sentence asking civil servants to use their vote ("ASN diminta datang ke TPS menyalurkan hak suaranya"), it
bans abstaining to them, as the read gold gives it; after a request to the public ("mengajak warga ke TPS"), after
civil servants asked only to stay neutral, or alone, it is what every voter is asked and gives no prohibition.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

OPEN = "Bupati Sumedang memimpin apel pagi jelang Pilkada 2024."
FORMS: list[tuple[str, str, bool]] = [
    # civil servants asked to vote just before: the ban is theirs
    ("Bupati meminta seluruh ASN datang ke TPS untuk menyalurkan hak suaranya.",
     '"Jangan sampai golput," ujarnya.', True),
    ("ASN harus memberi contoh dengan menggunakan hak pilih pada hari pencoblosan.",
     "Selain itu, jangan golput, katanya.", True),
    ("Para pegawai diimbau tetap memakai hak suara mereka di TPS masing-masing.",
     '"Jangan sampai golput, karena satu suara sangat berarti," tegasnya.', True),
    # the public asked to vote: the ban is every voter's
    ("Bupati mengajak seluruh warga datang ke TPS menggunakan hak pilihnya.",
     '"Jangan sampai golput," ujarnya.', False),
    # civil servants asked only to stay neutral: nothing of their vote before it
    ("Bupati meminta seluruh ASN menjaga netralitas selama tahapan pilkada.",
     '"Jangan golput," ujarnya.', False),
    # nothing before it but the event
    ("Pilkada serentak digelar pada 27 November mendatang.",
     '"Jangan sampai golput," ujarnya.', False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call: the opening line, the sentence before, the ban."""
    return analyse_all([f"{OPEN} {before} {ban}" for before, ban, _ in FORMS], published="2024-11-20")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[f"{b[:30]}|{s[:25]}" for b, s, _ in FORMS])
def test_a_ban_on_abstaining_is_the_servants_only_right_after_they_are_asked_to_vote(analysed: list, k: int) -> None:
    _, ban, found = FORMS[k]
    assert ("prohibition" in sentence_kinds(analysed[k], ban)) == found
