"""The passive hope opening its sentence with its subject left out ("Untuk itu, diharapkan tetap menjaga netralitas",
"Diharapkan untuk tidak memihak"): what follows is asked of whom the story addresses, as "Diharapkan agar tetap
netral" already was (appeal recall).

Speakers addressing civil servants at an assembly often drop both the subject and "agar" after the passive. Only the
neutrality asked of them counts (a keeping verb with their conduct in reach, a state, or a denied partisanship);
a subject after the hope ("Diharapkan pilkada berjalan damai"), a denied existence ("Diharapkan tidak ada
pelanggaran"), another aim ("diharapkan dapat menjaga keamanan") and a hope with its own subject before it ("Langkah
ini diharapkan ...") ask no one. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Bupati memimpin apel ASN menjelang Pilkada 2024. "

# (sentence, whether an appeal is expected in it)
CASES: list[tuple[str, bool]] = [
    ('"Untuk itu, diharapkan tetap memegang teguh prinsip netralitas sampai pencoblosan," katanya.', True),
    ("Diharapkan untuk tidak memihak kepada pasangan calon mana pun.", True),
    ('"Karena itu diharapkan selalu bersikap netral di kantor maupun di media sosial," ujarnya.', True),
    # a subject after the hope, a denied existence, another aim, a subject before it: none
    ("Diharapkan pilkada tahun ini berjalan damai dan lancar.", False),
    ("Diharapkan tidak ada pelanggaran selama masa kampanye.", False),
    ("Dengan patroli itu, diharapkan dapat menjaga keamanan selama masa tenang.", False),
    ("Langkah ini diharapkan dapat menekan pelanggaran selama pilkada.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "expected"), indexed(CASES, lambda v: v[0][:72]))
def test_subjectless_passive_hope(analysed: list, k: int, sentence: str, expected: bool) -> None:
    got = sentence_kinds(analysed[k], sentence)
    assert ("appeal" in got) is expected, (sentence, got)
