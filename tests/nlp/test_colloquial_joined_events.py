"""An event after the bare or spoken verbs of joining it ("hadiri", "nonton", "ikutan") is what is joined, as after
"menghadiri" or "menonton": not the subject of the leave, which the context's civil servants hold (permission recall).

"Kalau cuma nonton kampanye, boleh" read "kampanye" as whose leave it was and gave none; with the affixed verb
("Kalau cuma menonton kampanye, boleh") the leave was the story's civil servants'. An event heading its own clause
("Kalau kampanye berlangsung tertib, boleh") stays no one's. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda kabupaten mengingatkan para PNS agar menjaga netralitas dalam pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ('"Kalau cuma nonton kampanye dari pinggir lapangan, boleh," katanya.', True),
    ('"Hadiri kampanye itu boleh, asal tanpa seragam dinas," katanya.', True),
    ('"Ikutan kampanye sebagai pendengar boleh saja," katanya.', True),
    # the event is the clause's own subject: no leave
    ('"Kalau kampanye berlangsung tertib, boleh saja," katanya.', False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_colloquial_joined_events(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip().lstrip('"') == sentence.lstrip('"')}
    assert ("permission" in got) is allowed, (sentence, got)
