"""Shared fixtures: the pipeline is built once per session (building it takes seconds)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import analyse, get_nlp
from pipeline.records import Analysis, Article


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """Analyse one text: ``run(text, published="2024-01-10", title=..., source_province=...)``."""

    def _run(text: str, published: str | None = "2024-01-10", title: str | None = None,
             source_province: str | None = None) -> Analysis:
        art = Article(article_id="t", url="http://example.test/a", source_id="test", title=title,
                      published_at=None, published_date=date.fromisoformat(published) if published else None,
                      author=None, text=text, source_province=source_province)
        return next(analyse([art]))

    return _run


@pytest.fixture(scope="session")
def analyse_all(nlp):
    """Analyse a probe list in one call: ``analyse_all(texts, published="2024-01-10", titles=None)``, where
    ``published`` is one date for all (or None) or a list of them, one per text, and ``titles`` the headlines."""

    def _all(texts: list[str], published: str | list[str | None] | None = "2024-01-10",
             titles: list[str | None] | None = None) -> list[Analysis]:
        dates = published if isinstance(published, list) else [published] * len(texts)
        arts = [Article(article_id=str(k), url=f"http://example.test/{k}", source_id="test",
                        title=titles[k] if titles else None, published_at=None,
                        published_date=date.fromisoformat(dates[k]) if dates[k] else None, author=None, text=text,
                        source_province=None) for k, text in enumerate(texts)]
        return list(analyse(arts))

    return _all


@pytest.fixture(scope="session")
def doc_of(nlp):
    """The analysed spaCy Doc of a text, for component-level assertions."""

    def _doc(text: str, published: str | None = "2024-01-10", title: str | None = None,
             source_province: str | None = None):
        doc = nlp.make_doc(text)
        doc._.published = date.fromisoformat(published) if published else None
        doc._.title = title
        doc._.source_province = source_province
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    return _doc
