"""A straight quote that opens a sentence after a full stop on the same line ('... katanya. "Jangan ...') is the
first mark of that sentence, not a sentence of its own: before, the quote stood alone and the words after it opened
one more sentence, which took a place in the sentences a directive looks back through for whom it addresses. A
closing straight quote after the stop ('... netral." Ia ...') still closes the sentence before. Stories are ours."""

from __future__ import annotations

import pytest

from pipeline.nlp.components.segmenter import sentences

# (story, the sentences the segmenter must give, stripped)
CASES = [
    ('Bupati mengumpulkan para ASN di pendopo. "Jangan ikut kampanye calon mana pun," katanya.',
     ["Bupati mengumpulkan para ASN di pendopo.", '"Jangan ikut kampanye calon mana pun," katanya.']),
    ('Sekda membuka apel pagi. "ASN harus netral. "Tidak boleh berfoto dengan calon," ujarnya.',
     ["Sekda membuka apel pagi.", '"ASN harus netral.', '"Tidak boleh berfoto dengan calon," ujarnya.']),
    # negatives: a closing quote after the stop stays with its sentence; a quote after a comma opens nothing
    ('Ia berkata, "ASN harus netral." Camat juga hadir.',
     ['Ia berkata, "ASN harus netral."', "Camat juga hadir."]),
    ('Kepala BKD menegaskan, "Kami akan menindak," tegasnya.',
     ['Kepala BKD menegaskan, "Kami akan menindak," tegasnya.']),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][-1][:24] for c in CASES])
def test_opening_straight_quote_joins_its_sentence(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [s.text.strip() for s in sentences(doc)] == expected


def test_quoted_ban_after_stop_keeps_story_addressee(run) -> None:
    text = ('Pj Bupati meminta seluruh ASN menjaga netralitas.\n'
            'Apel itu digelar Senin pagi. "Jangan memasang stiker pasangan calon di rumah dinas," tegasnya.')
    bans = [d for d in run(text).directives if d.kind == "prohibition"]
    assert bans and bans[0].target and "ASN" in bans[0].target, bans
