"""Sentence boundaries for news prose: end punctuation (with trailing quotes) and line breaks.

spaCy's generic sentencizer does not know that a paragraph break always ends a sentence;
directives are scored per sentence, so both rules matter. Works on token arrays (no Token
objects) and sets all boundaries at once: setting ``token.is_sent_start`` one by one is
quadratic in spaCy.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register

END = {".", "!", "?", "…"}
CLOSERS = {"”", '"', "’", "'", ")", "»"}
STRAIGHT = {'"', "'"}


@Language.component("pantau_sentences_v1",
                    assigns=["token.is_sent_start", "doc._.paragraphs", "doc._.sentence_starts", "doc._.headline_tokens"])
def segment(doc: Doc) -> Doc:
    register()
    if not len(doc):
        doc._.paragraphs = []
        doc._.sentence_starts = []
        doc._.headline_tokens = set()
        return doc
    arr = doc.to_array([ORTH, SPACY])
    strings = doc.vocab.strings
    texts = [strings[int(o)] for o in arr[:, 0]]
    spaces = arr[:, 1]
    starts = numpy.full(len(doc), -1, dtype="int64")
    paragraphs: list[int] = []
    para, start, pending = 0, True, False
    for i, text in enumerate(texts):
        if "\n" in text and text.isspace():
            starts[i] = 1 if start else -1
            para += 1
            paragraphs.append(para)
            start, pending = True, False
            continue
        if pending and not _continues(texts, spaces, i):
            start, pending = True, False
        starts[i] = 1 if start else -1
        start = False
        paragraphs.append(para)
        if text in END:
            pending = True
    starts[0] = 1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    doc._.paragraphs = paragraphs
    doc._.sentence_starts = [int(i) for i in numpy.flatnonzero(starts == 1)]
    doc._.headline_tokens = _headlines(texts, paragraphs)
    return doc


def _headlines(texts: list[str], paragraphs: list[int]) -> set[int]:
    """Tokens of paragraphs written like headlines: mostly title case, no closing full stop.

    Such lines are links to other stories or sub-headings; what they name belongs elsewhere.
    """
    out: set[int] = set()
    start = 0
    for i in range(1, len(texts) + 1):
        if i < len(texts) and paragraphs[i] == paragraphs[start]:
            continue
        words = [t for t in texts[start:i] if not t.isspace()]
        content = [w for w in words if w.isalpha() and len(w) > 3 and not w.isupper()]
        ends_sentence = bool(words) and (words[-1] in END or (words[-1] in CLOSERS and len(words) > 1
                                                               and words[-2] in END))
        if len(content) >= 4 and not ends_sentence and sum(w.istitle() for w in content) >= 0.7 * len(content):
            out.update(range(start, i))
        start = i
    return out


def sentences(doc: Doc) -> list:
    """The sentence spans, from the boundaries the segmenter recorded (cheaper than doc.sents)."""
    starts = doc._.sentence_starts
    if starts is None:
        return list(doc.sents)
    ends = starts[1:] + [len(doc)]
    return [doc[s:e] for s, e in zip(starts, ends)]


def _continues(texts: list[str], spaces, i: int) -> bool:
    """After an end mark: closing quotes, more end marks or a lower-case word stay in the sentence."""
    text = texts[i]
    if text in END or text[:1].islower():
        return True
    if text in CLOSERS:
        opens = text in STRAIGHT and not spaces[i] and i + 1 < len(texts) and texts[i + 1].isalpha()
        return not opens
    return False
