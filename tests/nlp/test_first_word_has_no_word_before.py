"""The text's first word has no word before it. Checks that look one word back (is the noun the role a verb of
becoming takes, "tidak menjadi tim sukses"; the role after "sebagai"/"selaku") must not read the text's last word
there: an excerpt cut short after "menjadi" or "sebagai" would otherwise turn the outsiders opening the text into a
role, and their ban into one for the civil servants the story addresses. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

OPENING = "Tim sukses jangan mengajak warga datang ke kampanye."

# an excerpt whose last word, cut short, is a verb of becoming or a word of role
CUT_ENDS = [
    "Bupati Contoh meminta seluruh ASN netral dan tidak menjadi",
    "Bupati Contoh meminta seluruh ASN hadir hanya sebagai",
    "Bupati Contoh meminta seluruh ASN netral selaku",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """The outsiders' ban opening each text, once per cut-short ending, and once with a whole last sentence."""
    texts = [f"{OPENING} {end}" for end in CUT_ENDS] + [f"{OPENING} Bupati Contoh meminta seluruh ASN netral."]
    return analyse_all(texts, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(CUT_ENDS)), ids=CUT_ENDS)
def test_outsiders_opening_the_text_stay_outsiders(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], OPENING) == set()


def test_the_same_ban_with_a_whole_last_sentence_is_none_either(analysed: list) -> None:
    assert sentence_kinds(analysed[-1], OPENING) == set()


@pytest.mark.parametrize("k", range(len(CUT_ENDS)), ids=CUT_ENDS)
def test_the_request_to_civil_servants_is_still_read(analysed: list, k: int) -> None:
    assert "appeal" in sentence_kinds(analysed[k], CUT_ENDS[k])
