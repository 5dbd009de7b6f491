"""Sentence boundaries for news prose: end punctuation (with trailing quotes) and line breaks.

spaCy's generic sentencizer does not know that a paragraph break always ends a sentence;
directives are scored per sentence, so both rules matter.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

END = {".", "!", "?", "…"}
CLOSERS = {"”", '"', "’", "'", ")", "»"}


@Language.component("pantau_sentences_v1", assigns=["token.is_sent_start"])
def segment(doc: Doc) -> Doc:
    start = True
    pending = False  # an end mark was seen; the sentence closes after its trailing quotes
    for tok in doc:
        text = tok.text
        if tok.is_space and "\n" in text:
            tok.is_sent_start = start
            start, pending = True, False
            continue
        if pending and not _continues(tok):
            start, pending = True, False
        tok.is_sent_start = start
        start = False
        if text in END:
            pending = True
    return doc


def _continues(tok) -> bool:
    """After an end mark: closing quotes, more end marks or a lower-case word stay in the sentence."""
    text = tok.text
    if text in END or text[:1].islower():
        return True
    if text in CLOSERS:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        opens = text in {'"', "'"} and not tok.whitespace_ and nxt is not None and nxt.is_alpha
        return not opens
    return False


def paragraph_ids(doc: Doc) -> list[int]:
    """Paragraph number of every token (paragraphs are separated by line breaks)."""
    out, para = [], 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            para += 1
        out.append(para)
    return out
