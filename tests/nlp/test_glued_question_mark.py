"""A question or exclamation mark glued between a word and the next sentence's capital ("... di kampanye?Tidak
boleh ...", "harus netral!Dia juga ...") ends the sentence: a space parts the two words, so the answer or the next
order is a sentence of its own and the question's words stay out of it. A mark inside a word's capitals or before a
lower-case word is left. The stories are ours."""

from __future__ import annotations

import pytest

from pipeline.nlp import _doc
from pipeline.nlp.components.segmenter import sentences
from pipeline.records import Article

LEAD = "Bupati Sleman Budi Santoso mengingatkan ASN menjelang Pilkada 2024. "

# (story, the sentence that must carry a directive of that kind)
SPLIT = [
    (LEAD + "Bolehkah ASN datang ke kampanye?Tidak boleh, ASN dilarang hadir di kampanye pasangan calon.",
     "prohibition", "Tidak boleh, ASN dilarang hadir di kampanye pasangan calon."),
    (LEAD + "Lalu bagaimana jika ada pegawai yang melanggar?Kami akan menjatuhkan sanksi tegas kepada ASN itu.",
     "sanction", "Kami akan menjatuhkan sanksi tegas kepada ASN itu."),
    (LEAD + "Pokoknya ASN harus netral!Dia juga melarang ASN memasang stiker calon di mobil dinas.",
     "prohibition", "Dia juga melarang ASN memasang stiker calon di mobil dinas."),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([t for t, _, _ in SPLIT], published="2024-10-07")


@pytest.mark.parametrize(("k", "kind", "sentence"), [(k, c[1], c[2]) for k, c in enumerate(SPLIT)],
                         ids=[c[2][:24] for c in SPLIT])
def test_glued_mark_ends_sentence(analysed: list, k: int, kind: str, sentence: str) -> None:
    got = {(d.kind, d.sentence.strip()) for d in analysed[k].directives}
    assert (kind, sentence) in got, got


@pytest.mark.parametrize("text", [
    "Kepala BKD bertanya, benarkah?tidak ada yang melanggar.",  # a lower-case word goes on
    "Acara itu disiarkan stasiun TV!NEWS pagi tadi.",  # a mark between capitals is part of a name
])
def test_glued_mark_kept(nlp, text: str) -> None:
    art = Article(article_id="t", url="http://example.test/a", source_id="test", title=None, published_at=None,
                  published_date=None, author=None, text=text, source_province=None)
    doc = nlp(_doc(nlp, art))
    assert len(sentences(doc)) == 1
