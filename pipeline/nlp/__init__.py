"""The analysis stage: Article -> Analysis, as a spaCy pipeline on ``spacy.blank("id")``.

Rules live in ``patterns/*.yaml`` (agency registry, regions, offices, directive cues, targets,
behaviours, legal bases, dates, classification); the components in ``components/`` apply them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from ..records import Analysis, Article
from .build import get_nlp
from .convert import to_analysis

__all__ = ["analyse", "get_nlp"]

log = logging.getLogger(__name__)


def analyse(articles: Iterable[Article], *, batch_size: int = 64) -> Iterator[Analysis]:
    """One Analysis per Article, in the same order; the pipeline is loaded once per process.

    A rule that fails on one article must not cost the whole batch: that article alone is
    then analysed as not relevant and the failure is logged.
    """
    nlp = get_nlp()
    it = iter(articles)
    while batch := list(islice(it, batch_size)):
        docs = [_doc(nlp, art) for art in batch]
        try:
            done = list(nlp.pipe(docs, batch_size=batch_size))
        except Exception:  # find the article that failed, keep the others
            done = [_one(nlp, doc, art) for doc, art in zip(docs, batch)]
        for art, doc in zip(batch, done):
            yield to_analysis(art.article_id, doc) if doc is not None else \
                Analysis(article_id=art.article_id, is_relevant=False, province=None, election=None)


def _doc(nlp, art: Article) -> Doc:
    doc = nlp.make_doc(art.text or "")
    doc._.published = art.published_date or (art.published_at.date() if art.published_at else None)
    doc._.title = art.title
    doc._.source_province = art.source_province
    return doc


def _one(nlp, doc: Doc, art: Article) -> Doc | None:
    try:
        return nlp(_doc(nlp, art))
    except Exception:
        log.exception("analysis failed for article %s (%s)", art.article_id, art.url)
        return None
