"""A request to back or pick the ticket by its bare noun ('pasangan') or the sitting head running again ('petahana',
'incumbent') is partisan conduct reported, as one naming 'pasangan calon' is: a chain message or a post asking civil
servants for it is a violation told, no appeal. A request to keep from backing them, or one to stay neutral, is
still an appeal. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bawaslu kabupaten menelusuri dugaan pelanggaran netralitas ASN dalam Pilkada 2024."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Beredar pesan berantai yang mengajak para guru memilih pasangan tertentu pada hari pencoblosan.", set()),
    ("Dalam grup percakapan itu ada tulisan yang meminta pegawai kelurahan mendukung petahana.", set()),
    ("Unggahan tersebut mengajak ASN memenangkan incumbent di kecamatan itu.", set()),
    # a request to keep from backing them, or to stay neutral: still an appeal
    ("Ketua Bawaslu mengimbau ASN agar tidak mendukung pasangan mana pun selama masa kampanye.", {"appeal"}),
    ("Ketua Bawaslu mengingatkan para guru untuk tetap netral dan tidak berpihak kepada petahana.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence on the civil servants' neutrality."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_request_to_back_the_ticket_is_reported_conduct(analysed: list, k: int, text: str,
                                                          kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
