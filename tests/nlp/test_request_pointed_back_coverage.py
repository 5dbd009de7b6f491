"""A request verb whose object is a demonstrative closed by punctuation ("Kami ingatkan itu, ...", "Kita tekankan
ini, ...") points back to a request already made: no request made anew, only what the rest of the sentence
gives. A demonstrative that opens a longer object ("mengingatkan ini kepada ASN agar ...") or a request with its own
content stays one. Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati meminta seluruh ASN menjaga netralitas dalam Pilkada 2024. "

PROBES: list[tuple[str, set[str]]] = [
    ("“Kami ingatkan itu, ASN yang melanggar akan dikenai sanksi disiplin.", {"sanction"}),
    ("Kita tekankan ini, pegawai yang berpihak akan dijatuhi hukuman.", {"sanction"}),
    # a demonstrative opening a longer object, or a request with content of its own
    ("Sekda mengingatkan ini kepada para camat agar tetap netral.", {"appeal"}),
    ("Sekda juga mengingatkan para camat agar tetap netral.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(PROBES, lambda v: v[0][:56]))
def test_a_request_pointed_back_is_none_made(analysed: list, k: int, sentence: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
