"""The analysis stage: Article -> Analysis, as a spaCy pipeline on ``spacy.blank("id")``.

Rules live in ``patterns/*.yaml`` (agency registry, regions, offices, directive cues, targets,
behaviours, legal bases, dates, classification); the components in ``components/`` apply them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from ..records import Analysis, Article
from .build import get_nlp
from .convert import to_analysis

__all__ = ["analyse", "get_nlp"]


def analyse(articles: Iterable[Article], *, batch_size: int = 64) -> Iterator[Analysis]:
    """One Analysis per Article, in the same order; the pipeline is loaded once per process."""
    nlp = get_nlp()
    pending: deque[Article] = deque()

    def docs():
        for art in articles:
            doc = nlp.make_doc(art.text or "")
            doc._.published = art.published_date or (art.published_at.date() if art.published_at else None)
            doc._.title = art.title
            doc._.source_province = art.source_province
            pending.append(art)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        art = pending.popleft()
        yield to_analysis(art.article_id, doc)
