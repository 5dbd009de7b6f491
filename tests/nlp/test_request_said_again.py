"""A request the speaker says once more ("Saya ulangi lagi bersikap netral ...", "Kami ulangi sekali lagi menjaga
netralitas ...", "Sekali lagi saya ulangi tidak terlibat ..."): what follows at once is asked of whom the story
addresses (appeal recall).

Only a conduct right after the repeating words (past "lagi", "kembali", "sekali") makes it a request; a statement
repeated after a comma ("Saya ulangi, ASN punya hak pilih"), a question or a report repeated, or a "bahwa" clause ask
nothing, and a ban after the comma keeps its own kind. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Bupati memimpin apel pegawai ASN menjelang Pilkada 2024. "

# (sentence, the directive kinds expected in it)
CASES: list[tuple[str, set[str]]] = [
    ('"Saya ulangi lagi bersikap netral kepada semua pasangan calon," ujarnya.', {"appeal"}),
    ('"Kami ulangi sekali lagi menjaga netralitas sampai hari pencoblosan," katanya.', {"appeal"}),
    ('"Sekali lagi saya ulangi tidak ikut dalam grup pemenangan calon mana pun," tegasnya.', {"appeal"}),
    # a statement, a question, a report or a "bahwa" clause repeated: none; a ban after the comma: a ban
    ('"Saya ulangi, ASN tetap punya hak pilih di bilik suara," ujarnya.', set()),
    ('"Saya ulangi pertanyaan wartawan tadi," katanya.', set()),
    ('"Saya ulangi apa yang disampaikan Bawaslu dalam rapat kemarin," katanya.', set()),
    ('"Kami ulangi lagi bahwa pencoblosan digelar 27 November," ujarnya.', set()),
    ('"Saya ulangi lagi, jangan tergiur janji jabatan dari tim sukses," ujarnya.', {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "expected"), indexed(CASES, lambda v: v[0][:72]))
def test_a_request_said_again_asks_only_what_follows_at_once(analysed: list, k: int, sentence: str,
                                                             expected: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == expected, sentence
